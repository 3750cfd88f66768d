import "server-only";
import PgBoss from "pg-boss";
import { env } from "./env";
import { logger } from "./logger";
import { currentBoss, JOBS_SCHEMA, QUEUES, setCurrentBoss } from "./jobs/queues";

export { JOBS_SCHEMA, kickOutbox, QUEUES } from "./jobs/queues";

// Durable background work on pg-boss (a job queue in PostgreSQL, schema "pgboss"): the SLA
// escalation sweep and the outbox delivery, every minute. Every app instance may run a runner:
// pg-boss hands each job to one worker, the queues are "stately" (one waiting, one running at a
// time across all instances), and the work itself is idempotent and row-locked, so a job that
// is cut off by a crash and retried, or two sweeps at once, never notify twice.

export interface JobRunnerOptions {
  connectionString?: string;
  /** How often an idle worker asks for a job (pg-boss default 2 s). */
  pollingIntervalSeconds?: number;
  /** How often the scheduler checks the cron schedules (pg-boss default 30 s). */
  cronMonitorIntervalSeconds?: number;
}

const OUTBOX_BATCH = 50;

export class JobRunner {
  readonly boss: PgBoss;
  private started = false;

  constructor(private readonly options: JobRunnerOptions = {}) {
    this.boss = new PgBoss({
      connectionString: options.connectionString ?? env().DATABASE_URL,
      schema: JOBS_SCHEMA,
      application_name: "erp-portal-jobs",
      // Few connections: the handlers use the app's Prisma pool; pg-boss only polls and bookkeeps.
      max: 3,
      ...(options.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds } : {}),
    });
    this.boss.on("error", (err) => logger().error({ err }, "job runner error"));
  }

  /** Creates pg-boss's schema on first start (or migrates it), the queues and schedules, and starts working. */
  async start(): Promise<this> {
    await this.boss.start();
    this.started = true;
    const polling = { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 };
    for (const name of Object.values(QUEUES)) {
      // A crashed job is retried after its lease (expireInSeconds) runs out.
      await this.boss.createQueue(name, { name, policy: "stately", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 });
    }
    await this.boss.work(QUEUES.slaSweep, polling, () => this.sweep());
    await this.boss.work(QUEUES.outboxDeliver, polling, () => this.deliver());
    await this.boss.schedule(QUEUES.slaSweep, "* * * * *");
    await this.boss.schedule(QUEUES.outboxDeliver, "* * * * *");
    // Dashboards' rollups: issue stats every minute, computed KPIs every quarter of an hour (modules/metrics).
    await this.boss.work(QUEUES.issueStats, polling, () => import("@/modules/metrics/jobs").then((m) => m.runIssueStatsRefresh()));
    await this.boss.work(QUEUES.computedKpis, polling, () => import("@/modules/metrics/jobs").then((m) => m.runComputedKpis()));
    await this.boss.schedule(QUEUES.issueStats, "* * * * *");
    await this.boss.schedule(QUEUES.computedKpis, "*/15 * * * *");
    // Catch up at once after a (re)start rather than at the next whole minute.
    await this.boss.send(QUEUES.slaSweep, {});
    await this.boss.send(QUEUES.outboxDeliver, {});
    await this.boss.send(QUEUES.issueStats, {});
    setCurrentBoss(this.boss);
    return this;
  }

  private async sweep() {
    const { runEscalationSweep } = await import("@/modules/notifications/escalation");
    const { escalated } = await runEscalationSweep(new Date());
    // The sweep has committed: its e-mails and chat messages can go out now.
    if (escalated > 0) await this.boss.send(QUEUES.outboxDeliver, {});
    return { escalated };
  }

  private async deliver() {
    const { deliverOutbox } = await import("@/modules/notifications/outbox");
    const result = await deliverOutbox(OUTBOX_BATCH);
    // A full batch means more may be waiting: go on at once rather than at the next minute.
    if (result.processed >= OUTBOX_BATCH) await this.boss.send(QUEUES.outboxDeliver, {});
    return result;
  }

  /** Stops taking jobs, lets running ones finish (up to 20 s), closes pg-boss's pool. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    if (currentBoss() === this.boss) setCurrentBoss(null);
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}

/** Starts this process's job runner (once); `kickOutbox` then reaches it. */
export async function startJobs(options?: JobRunnerOptions): Promise<JobRunner> {
  const holder = globalThis as unknown as { __erpJobRunner?: JobRunner };
  if (holder.__erpJobRunner) return holder.__erpJobRunner;
  const runner = new JobRunner(options);
  holder.__erpJobRunner = runner;
  try {
    await runner.start();
  } catch (err) {
    holder.__erpJobRunner = undefined;
    await runner.stop().catch(() => undefined);
    throw err;
  }
  logger().info({ schema: JOBS_SCHEMA, queues: Object.values(QUEUES) }, "job runner started");
  return runner;
}

export async function stopJobs(): Promise<void> {
  const holder = globalThis as unknown as { __erpJobRunner?: JobRunner };
  const runner = holder.__erpJobRunner;
  if (!runner) return;
  holder.__erpJobRunner = undefined;
  await runner.stop();
  logger().info("job runner stopped");
}
