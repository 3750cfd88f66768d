// Server actions of this module (defineAction), registered in modules/action-registry.ts.
import { z } from "zod";
import { defineAction } from "@/server/action";
import { env } from "@/server/env";
import { refreshComputedKpisIn } from "./computed-kpis";
import { bumpStatsVersion, rebuildIssueStatsIn } from "./issue-stats";

/**
 * "Recompute now": rebuilds every day of the issue figures from the issues (after a change of the
 * portal's zone, or when a number looks wrong) and recomputes the computed KPIs' current and previous
 * periods, instead of waiting for the next scheduled run. Idempotent, so pressing it twice is harmless.
 */
export const recomputeMetrics = defineAction({
  name: "metrics.recompute",
  permission: "kpi.manage",
  // The button sends this word: a bare POST (a stray fetch, a replayed form) must not start a full rebuild.
  input: z.object({ confirm: z.literal("recompute") }),
  successMessage: "metrics.recomputed",
  revalidate: ["/dashboard", "/kpis"],
  async handler(_input, ctx) {
    const timeZone = env().PORTAL_TIME_ZONE;
    const stats = await rebuildIssueStatsIn(ctx.tx, timeZone);
    const kpis = await refreshComputedKpisIn(ctx.tx, { timeZone });
    // Before our commit, so a view in between may cache the old sums: the job's next refresh bumps again.
    await bumpStatsVersion(ctx.tx);
    await ctx.audit({ action: "recompute", entityType: "System", after: { issueStatRows: stats.rows, kpiValues: kpis.written, unknownComputations: kpis.unknown } });
    return { issueStatRows: stats.rows, kpiValues: kpis.written };
  },
});
