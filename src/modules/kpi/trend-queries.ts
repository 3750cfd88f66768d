import "server-only";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { chartWindow, chooseGrain, rangeStart, type TrendGrain, type TrendRange, type TrendRow, trendRows } from "./chart-data";
import type { KpiDetail } from "./detail-queries";
import { dayOf, localDay } from "./logic";

export interface TrendData {
  grain: TrendGrain;
  window: { from: string; to: string };
  rows: TrendRow[];
  goLives: { day: string; project: string }[];
  gates: { day: string; code: string; name: string; project: string }[];
}

/**
 * The KPI page's chart: raw values when few, else the weekly/monthly rollups (what the dashboards read),
 * the target path over the window, go-live dates of live projects and passed phase gates.
 */
export async function loadTrend(kpi: KpiDetail, range: TrendRange, today: string): Promise<TrendData> {
  const targets = kpi.targets.map((t) => ({ dueDate: dayOf(t.dueDate)!, value: t.value }));
  const path = { baselineValue: kpi.baselineValue, baselineDate: dayOf(kpi.baselineDate), targets };
  const earliest = await db.kpiValue.findFirst({ where: { kpiId: kpi.id }, orderBy: { periodStart: "asc" }, select: { periodStart: true } });
  const from = rangeStart(range, today, [dayOf(earliest?.periodStart), path.baselineDate].filter(Boolean).sort()[0] ?? null);
  const fromDate = from ? new Date(`${from}T00:00:00.000Z`) : undefined;
  const rawCount = await db.kpiValue.count({ where: { kpiId: kpi.id, periodStart: { gte: fromDate } } });
  const grain = chooseGrain(rawCount, from, today);
  const points =
    grain === "RAW"
      ? (await db.kpiValue.findMany({ where: { kpiId: kpi.id, periodStart: { gte: fromDate } }, orderBy: { periodStart: "asc" }, select: { periodStart: true, value: true } }))
          .map((v) => ({ day: dayOf(v.periodStart)!, value: v.value }))
      : (await db.kpiRollup.findMany({ where: { kpiId: kpi.id, grain, periodStart: { gte: fromDate } }, orderBy: { periodStart: "asc" }, select: { periodStart: true, avgValue: true } }))
          .map((r) => ({ day: dayOf(r.periodStart)!, value: r.avgValue }));
  const window = chartWindow(from, today, points[0]?.day ?? null, targets);
  const [goLives, gates] = await Promise.all([liveProjects(), passedGates()]);
  const inside = (d: { day: string }) => d.day >= window.from && d.day <= window.to;
  return { grain, window, rows: trendRows(points, path, window), goLives: goLives.filter(inside), gates: gates.filter(inside) };
}

/** Go-live of every project that went live (actual date, else the planned one). */
async function liveProjects() {
  const projects = await db.project.findMany({
    where: { OR: [{ status: { in: ["HYPERCARE", "CLOSED"] } }, { actualGoLive: { not: null } }] },
    select: { name: true, actualGoLive: true, plannedGoLive: true },
  });
  return projects.map((p) => ({ day: dayOf(p.actualGoLive ?? p.plannedGoLive)!, project: p.name }));
}

/** The first passing review of each phase gate (with or without conditions), on its local day. */
async function passedGates() {
  const reviews = await db.gateReview.findMany({
    where: { decision: { in: ["PASS", "PASS_WITH_CONDITIONS"] } },
    orderBy: { decidedAt: "asc" },
    select: { phaseId: true, decidedAt: true, phase: { select: { code: true, name: true, project: { select: { name: true } } } } },
  });
  const seen = new Set<string>();
  const zone = env().PORTAL_TIME_ZONE;
  return reviews.flatMap((r) => {
    if (seen.has(r.phaseId)) return [];
    seen.add(r.phaseId);
    return [{ day: localDay(r.decidedAt, zone), code: r.phase.code, name: r.phase.name, project: r.phase.project.name }];
  });
}
