import { logger } from "../logger";

// Starts this instance's job runner without holding up the server: requests are answered while
// pg-boss prepares its schema. If the database is not reachable yet, try again rather than run
// without escalations.
export function startJobsInBackground(): void {
  const attempt = async () => {
    const { startJobs, stopJobs } = await import("../jobs");
    try {
      await startJobs();
    } catch (err) {
      logger().error({ err }, "job runner did not start; retrying in 30 s");
      setTimeout(() => void attempt(), 30_000).unref();
      return;
    }
    // Finish running jobs on shutdown; if the process ends first, their transactions roll back and
    // pg-boss hands the jobs out again, which is safe: every job is idempotent.
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stopJobs());
  };
  void attempt();
}
