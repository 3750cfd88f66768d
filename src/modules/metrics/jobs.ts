import "server-only";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { refreshComputedKpis } from "./computed-kpis";
import { markRecentMerges, refreshIssueStats } from "./issue-stats";

// The work of the metrics queues (registered in src/server/jobs.ts). Both are idempotent: a job cut off
// by a crash and retried, or run by two instances at once, recomputes the same rows.

/** Every minute: recompute the local days whose issues changed since the last run. */
export async function runIssueStatsRefresh(): Promise<{ days: number; rows: number }> {
  await markRecentMerges(db);
  const { days, rows } = await refreshIssueStats(db, env().PORTAL_TIME_ZONE);
  return { days: days.length, rows };
}

/** Every quarter of an hour: the computed KPIs' current and previous periods, from fresh issue stats. */
export async function runComputedKpis(): Promise<{ written: number }> {
  await refreshIssueStats(db, env().PORTAL_TIME_ZONE);
  const result = await refreshComputedKpis(db, { timeZone: env().PORTAL_TIME_ZONE });
  if (result.unknown.length) logger().warn({ kpis: result.unknown }, "computed KPIs with an unknown computation were skipped");
  return { written: result.written };
}
