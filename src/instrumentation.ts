// Runs once when a server instance starts: a bad configuration stops it here, with a clear
// message, instead of failing on the first request. Then the background jobs start.
export async function register() {
  // Everything inside this test is left out of the edge bundle at build time.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/env");
    const { logger } = await import("./server/logger");
    const config = env();
    logger().info({ mode: config.PORTAL_MODE, timeZone: config.PORTAL_TIME_ZONE }, "portal starting");
    // `next build` loads this file too: no job runner (and no database) while building.
    if (config.JOBS_ENABLED && process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobsInBackground } = await import("./server/jobs/background");
      startJobsInBackground();
    }
  }
}
