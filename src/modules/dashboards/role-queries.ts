import "server-only";
// Small reads for the role dashboards on the home page. Issue figures come from the metrics read API
// (IssueDailyStat), KPI tiles from KpiRollup and Kpi.latestValue, system health from the outbox and the
// rollup's dirty-marks: nothing scans the issues.
import { periodStart, timeliness } from "@/modules/kpi/logic";
import { issueHealth } from "@/modules/metrics/queries";
import { db } from "@/server/db";
import { boardTiles, loadTileKpis } from "./kpi-board";

/** This week (Monday → today) and this month so far, in the portal's zone. */
export function homeRanges(today: string) {
  return { week: { from: periodStart(today, "WEEK"), to: today }, month: { from: periodStart(today, "MONTH"), to: today } };
}

export async function weekAndMonthHealth(today: string, departmentId?: string) {
  const r = homeRanges(today);
  const [week, month] = await Promise.all([issueHealth(r.week, departmentId), issueHealth(r.month, departmentId)]);
  return { week, month, ranges: r };
}

/** Deliverables submitted and waiting for someone's decision, oldest first, across live projects. */
export function deliverablesWaiting(limit = 6) {
  return db.deliverable.findMany({
    where: { status: "SUBMITTED", project: { status: { not: "CLOSED" } } },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { id: true, name: true, taskId: true, projectId: true, acceptorRole: true, updatedAt: true },
  });
}

export function countDeliverablesWaiting() {
  return db.deliverable.count({ where: { status: "SUBMITTED", project: { status: { not: "CLOSED" } } } });
}

/** A department's KPI tiles for this month, worst first (red, amber, no data, green). */
export async function departmentTiles(departmentId: string, today: string) {
  const tiles = await boardTiles({ range: homeRanges(today).month, departmentId }, today);
  const rank = { RED: 0, AMBER: 1, NONE: 2, GREEN: 3 } as const;
  return tiles.sort((a, b) => rank[a.status] - rank[b.status] || a.kpi.sortOrder - b.kpi.sortOrder);
}

/** The portal's moving parts an administrator watches: sign-ins, the outbox, the issue rollup, KPI feeds. */
export async function systemHealth(today: string) {
  const now = Date.now();
  const since = new Date(now - 7 * 24 * 3600 * 1000);
  const [activeUsers, signedIn, pending, stuck, failed, sent24h, dirty, oldestDirty] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: true, lastLoginAt: { gte: since } } }),
    db.outboundMessage.count({ where: { status: "PENDING" } }),
    // Pending for more than 15 minutes: the delivery job is not keeping up (or not running).
    db.outboundMessage.count({ where: { status: "PENDING", createdAt: { lt: new Date(now - 15 * 60_000) } } }),
    db.outboundMessage.count({ where: { status: "FAILED", createdAt: { gte: since } } }),
    db.outboundMessage.count({ where: { status: "SENT", sentAt: { gte: new Date(now - 24 * 3600_000) } } }),
    db.issueStatDirty.count(),
    db.issueStatDirty.findFirst({ orderBy: { id: "asc" }, select: { at: true } }),
  ]);
  const kpis = await loadTileKpis(undefined);
  const late = kpis.filter((k) => timeliness({ frequency: k.frequency, graceDays: k.graceDays, latestPeriodStart: k.latestPeriodStart, since: k.baselineDate ?? k.createdAt }, today).state !== "ON_TIME");
  return { activeUsers, signedIn, outbox: { pending, stuck, failed, sent24h }, rollup: { dirty, oldestDirty: oldestDirty?.at ?? null }, kpis: { total: kpis.length, late: late.length } };
}
