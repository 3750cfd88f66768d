import type PgBoss from "pg-boss";
import { logger } from "../logger";

// Queue names and the process-wide handle to the running job runner. Kept apart from jobs.ts so
// that code queuing work (notify, broadcast) can kick the outbox without importing the handlers.
export const QUEUES = { slaSweep: "sla-sweep", outboxDeliver: "outbox-deliver", issueStats: "metrics-issue-stats", computedKpis: "metrics-computed-kpis" } as const;

/** pg-boss keeps its tables in this PostgreSQL schema, created on first start. */
export const JOBS_SCHEMA = "pgboss";

// On globalThis, not in a module variable: Next.js bundles instrumentation and routes separately,
// so each bundle has its own copy of this module, but they all share the process.
const holder = globalThis as unknown as { __erpJobRunnerBoss?: PgBoss | null };

export function currentBoss(): PgBoss | null {
  return holder.__erpJobRunnerBoss ?? null;
}

export function setCurrentBoss(boss: PgBoss | null): void {
  holder.__erpJobRunnerBoss = boss;
}

/**
 * Asks for an outbox delivery soon, best effort: the every-minute schedule delivers anyway. Called
 * from inside the transaction that queued a message, so the job starts after a short delay, by
 * which time that transaction has normally committed. Does nothing where no runner runs.
 */
export function kickOutbox(delaySeconds = 2): void {
  const boss = currentBoss();
  if (!boss) return;
  boss.send(QUEUES.outboxDeliver, {}, delaySeconds > 0 ? { startAfter: delaySeconds } : {}).catch((err: unknown) => logger().warn({ err }, "could not queue an outbox delivery"));
}
