import "server-only";
import { db } from "@/server/db";
import { addMonths, dayOf } from "./logic";

/** A user's pinned KPIs in pin order, each with its targets and a sparkline from the rollups. */
export async function pinnedKpis(userId: string, today: string) {
  const pins = await db.kpiPin.findMany({
    where: { userId, kpi: { active: true } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      kpi: {
        select: {
          id: true, code: true, nameZh: true, nameEn: true, unit: true, decimals: true, direction: true, frequency: true,
          greenWithinPct: true, amberWithinPct: true, graceDays: true, active: true, baselineValue: true, baselineDate: true,
          latestValue: true, latestPeriodStart: true, createdAt: true,
          targets: { select: { dueDate: true, value: true }, orderBy: { dueDate: "asc" } },
        },
      },
    },
  });
  const ids = pins.map((p) => p.kpi.id);
  // Weekly means over the last six months for daily/weekly KPIs, monthly over a year for monthly ones:
  // read from the rollups, never from the raw values.
  const since = new Date(`${addMonths(today, -12)}T00:00:00.000Z`);
  const rollups = ids.length
    ? await db.kpiRollup.findMany({
        where: { kpiId: { in: ids }, grain: { in: ["WEEK", "MONTH"] }, periodStart: { gte: since } },
        orderBy: { periodStart: "asc" },
        select: { kpiId: true, grain: true, periodStart: true, avgValue: true },
      })
    : [];
  const sixMonthsAgo = addMonths(today, -6);
  return pins.map(({ kpi }) => {
    const grain = kpi.frequency === "MONTHLY" ? "MONTH" : "WEEK";
    const spark = rollups
      .filter((r) => r.kpiId === kpi.id && r.grain === grain && (grain === "MONTH" || dayOf(r.periodStart)! >= sixMonthsAgo))
      .map((r) => r.avgValue);
    return { kpi, spark };
  });
}
