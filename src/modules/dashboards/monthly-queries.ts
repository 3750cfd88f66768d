import "server-only";
// The monthly review (月度回顾): the list of reviewed months and one month's report. KPI figures come from
// KpiRollup (MONTH, last value of the month), issue figures from IssueDailyStat.
import { addDays, expectedValueAt, improvementPct, kpiStatus, nextTarget, toDay } from "@/modules/kpi/logic";
import { db } from "@/server/db";
import { issueHealth, kpiSeries } from "@/modules/metrics/queries";
import { loadTileKpis } from "./kpi-board";
import { monthRange, previousMonth } from "./month";
import { planSummary } from "./plan-summary";

export async function listMonthlyReviews(page: number, pageSize: number) {
  const [total, rows] = await Promise.all([
    db.monthlyReview.count(),
    db.monthlyReview.findMany({
      orderBy: { month: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, month: true, summary: true, updatedAt: true, updatedBy: { select: { name: true } },
        _count: { select: { comments: true, actions: true } },
      },
    }),
  ]);
  const done = rows.length
    ? await db.monthlyReviewAction.groupBy({ by: ["reviewId"], where: { reviewId: { in: rows.map((r) => r.id) }, done: true }, _count: { _all: true } })
    : [];
  const doneBy = new Map(done.map((d) => [d.reviewId, d._count._all]));
  return { total, rows: rows.map((r) => ({ ...r, month: toDay(r.month), actionsDone: doneBy.get(r.id) ?? 0 })) };
}

export type MonthlyReport = Awaited<ReturnType<typeof getMonthlyReport>>;

/** One month's report: the review (if any), each active KPI at month end, issue figures vs the month before, the plan. */
export async function getMonthlyReport(month: string, today: string) {
  const prev = previousMonth(month);
  const range = monthRange(month);
  const asOf = range.to < today ? range.to : today;
  const kpis = await loadTileKpis(undefined);
  const [review, series, issues, issuesPrev, plan] = await Promise.all([
    db.monthlyReview.findUnique({
      where: { month: new Date(`${month}T00:00:00Z`) },
      include: {
        comments: { select: { kpiId: true, body: true } },
        actions: { orderBy: [{ position: "asc" }], include: { owner: { select: { id: true, name: true } } } },
        updatedBy: { select: { name: true } },
      },
    }),
    kpiSeries(kpis.map((k) => k.id), "MONTH", { from: prev, to: range.to }),
    issueHealth(range),
    issueHealth(monthRange(prev)),
    planSummary(0),
  ]);
  // The month's last value (MONTH rollup), i.e. the value at month end.
  const value = (kpiId: string, period: string) => series[kpiId]?.find((p) => p.periodStart === period)?.lastValue ?? null;
  const comments = new Map((review?.comments ?? []).map((c) => [c.kpiId, c.body]));
  const rows = kpis.map((kpi) => {
    const v = value(kpi.id, month);
    const expected = expectedValueAt({ baselineValue: kpi.baselineValue, baselineDate: kpi.baselineDate, targets: kpi.targets }, asOf);
    const target = nextTarget(kpi.targets, asOf) ?? (kpi.targets.length ? { ...kpi.targets[kpi.targets.length - 1], daysLeft: 0 } : null);
    return {
      kpi,
      value: v,
      previous: value(kpi.id, prev),
      expected,
      target,
      status: kpiStatus(kpi, v, expected),
      improvement: improvementPct(kpi.direction, kpi.baselineValue, v),
      comment: comments.get(kpi.id) ?? "",
    };
  });
  return { month, previous: prev, range, asOf, review, rows, issues, issuesPrev, plan, monthOver: addDays(range.to, 1) <= today };
}
