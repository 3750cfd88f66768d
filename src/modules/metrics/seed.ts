// The demo seed's last step (scripts/db/seed.ts): issue figures for every day of the seeded issues and
// the computed KPIs' history over the demo's 18 months, from the plan, issues and sign-ins seeded before.
// Idempotent like the rest of the seed. No "server-only".
import type { PrismaClient } from "../../generated/prisma/client";
import { addMonths, localDay } from "../kpi/logic/period";
import { backfillComputedKpis } from "./computed-kpis";
import { rebuildIssueStats } from "./issue-stats";

export async function seedDemoMetrics(prisma: PrismaClient, options: { timeZone: string; now?: Date }): Promise<{ statRows: number; kpiValues: number }> {
  const now = options.now ?? new Date();
  const today = localDay(now, options.timeZone);
  const { rows } = await rebuildIssueStats(prisma, options.timeZone);
  const { written } = await backfillComputedKpis(prisma, { from: addMonths(today, -18), to: today, timeZone: options.timeZone, now });
  return { statRows: rows, kpiValues: written };
}
