import "server-only";
import { toDay } from "@/modules/kpi/logic";
import { calendarToday } from "@/lib/calendar-day";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { type BoardFilter, trendGrain } from "./filter";
import { issueHealth, issueTrend } from "@/modules/metrics/queries";
import { boardTiles } from "./kpi-board";
import { planSummary } from "./plan-summary";
import { groupTiles, statusCounts } from "./tiles";

/** Today in the portal's zone, as "YYYY-MM-DD". */
export const todayDay = () => toDay(calendarToday(env().PORTAL_TIME_ZONE));

export type Board = Awaited<ReturnType<typeof getBoard>>;

/** Everything the executive board shows for one filter: KPI tiles, plan, risks, issue health and its trend. */
export async function getBoard(filter: BoardFilter, today = todayDay()) {
  const departments = await db.department.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, nameZh: true, nameEn: true } });
  const [tiles, plan, issues, trend] = await Promise.all([
    boardTiles(filter, today),
    planSummary(),
    issueHealth(filter.range, filter.departmentId),
    issueTrend(filter.range, trendGrain(filter.range), filter.departmentId),
  ]);
  return {
    filter,
    today,
    departments,
    tiles,
    groups: groupTiles(tiles, filter.group, departments.map((d) => d.id)),
    counts: statusCounts(tiles),
    plan,
    issues,
    trend,
    trendGrain: trendGrain(filter.range),
  };
}
