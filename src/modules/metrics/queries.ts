import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { KpiGrain } from "@/generated/prisma/enums";
import { addDays, type DayRange, localDay, periodStart, periodsBetween } from "@/modules/kpi/logic";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { type BacklogCell, backlogCells, total } from "./backlog";
import { healthOf, type IssueHealth, type IssueTrendPoint, type StatSums, trendPointOf } from "./figures";

// THE read API of every dashboard: issue figures from IssueDailyStat (one row per local day,
// department, module and priority, kept fresh by the refresh job) and KPI series from KpiRollup.
// Never the issues or the raw KPI values: those grow without bound, these stay small.
//
// Days are local calendar days ("YYYY-MM-DD") of the portal's zone, ranges inclusive. The meaning of
// every figure (which day an event counts on, what a breach is, how duplicates are treated) is
// documented in issue-stats.ts, where the rows are written.

export type { IssueHealth, IssueTrendPoint } from "./figures";

type Range = DayRange;

function departmentFilter(departmentId?: string | null): Prisma.Sql {
  return departmentId ? Prisma.sql`AND s."departmentId" = ${departmentId}::uuid` : Prisma.empty;
}

// The sums every figure is made of, over the rows matching `where` (alias s).
const SUMS = Prisma.sql`
  COALESCE(sum(s.created), 0)::int AS created,
  COALESCE(sum(s.resolved), 0)::int AS resolved,
  COALESCE(sum(s."firstResponded"), 0)::int AS "firstResponded",
  COALESCE(sum(s."firstResponseBreached"), 0)::int AS "firstResponseBreached",
  COALESCE(sum(s."resolutionBreached"), 0)::int AS "resolutionBreached",
  COALESCE(sum(s."resolutionMinutes"), 0)::float8 AS "resolutionMinutes",
  COALESCE(sum(s."csatCount"), 0)::int AS "csatCount",
  COALESCE(sum(s."csatSum"), 0)::int AS "csatSum",
  COALESCE(sum(s."csatSatisfied"), 0)::int AS "csatSatisfied"`;

/** The range's figures (each event counted on the day it happened) and the open backlog at its end. */
export async function issueHealth(range: Range, departmentId?: string | null): Promise<IssueHealth> {
  // Backlog at the end = open before the range (cumulative, cached) + filed − resolved within it.
  const [opening, rows] = await Promise.all([
    backlogCells(addDays(range.from, -1), departmentId),
    db.$queryRaw<StatSums[]>`
      SELECT ${SUMS} FROM "IssueDailyStat" s
      WHERE s.day BETWEEN ${range.from}::date AND ${range.to}::date ${departmentFilter(departmentId)}`,
  ]);
  const sums = rows[0]!;
  return healthOf(sums, total(opening) + sums.created - sums.resolved);
}

const TRUNC: Record<"WEEK" | "MONTH", string> = { WEEK: "week", MONTH: "month" };

/**
 * The range per day, ISO week (Monday) or month. Each point is labelled with its period's first day;
 * the first and last periods count only the days inside the range, and backlogAtEnd is the backlog at
 * the end of the period's last day inside the range.
 */
export async function issueTrend(range: Range, grain: "DAY" | "WEEK" | "MONTH", departmentId?: string | null): Promise<IssueTrendPoint[]> {
  const periods = periodsBetween(range.from, range.to, grain);
  if (!periods.length) return [];
  const bucket = grain === "DAY" ? Prisma.sql`s.day` : Prisma.sql`date_trunc(${Prisma.raw(`'${TRUNC[grain]}'`)}, s.day::timestamp)::date`;
  const dept = departmentFilter(departmentId);
  const opening = total(await backlogCells(addDays(range.from, -1), departmentId));
  const rows = await db.$queryRaw<(StatSums & { periodStart: string; backlog: number })[]>`
    WITH agg AS (
      SELECT ${bucket} AS p, ${SUMS}
      FROM "IssueDailyStat" s
      WHERE s.day BETWEEN ${range.from}::date AND ${range.to}::date ${dept}
      GROUP BY 1
    )
    SELECT to_char(per.p, 'YYYY-MM-DD') AS "periodStart",
           COALESCE(a.created, 0)::int AS created, COALESCE(a.resolved, 0)::int AS resolved,
           COALESCE(a."firstResponded", 0)::int AS "firstResponded", COALESCE(a."firstResponseBreached", 0)::int AS "firstResponseBreached",
           COALESCE(a."resolutionBreached", 0)::int AS "resolutionBreached", COALESCE(a."resolutionMinutes", 0)::float8 AS "resolutionMinutes",
           COALESCE(a."csatCount", 0)::int AS "csatCount", COALESCE(a."csatSum", 0)::int AS "csatSum",
           COALESCE(a."csatSatisfied", 0)::int AS "csatSatisfied",
           (${opening}::int + sum(COALESCE(a.created, 0) - COALESCE(a.resolved, 0)) OVER (ORDER BY per.p))::int AS backlog
    FROM unnest(${periods}::date[]) AS per(p)
    LEFT JOIN agg a ON a.p = per.p
    ORDER BY per.p`;
  return rows.map(({ periodStart, backlog, ...sums }) => trendPointOf(periodStart, sums, backlog));
}

export type OpenCell = BacklogCell;

/**
 * The current backlog (everything filed minus everything resolved) by priority × module, empty cells
 * left out: the cached sums up to the end of last month plus this month's rows.
 */
export async function openByPriorityAndModule(departmentId?: string | null): Promise<OpenCell[]> {
  const checkpoint = addDays(periodStart(localDay(new Date(), env().PORTAL_TIME_ZONE), "MONTH"), -1);
  const [before, recent] = await Promise.all([
    backlogCells(checkpoint, departmentId),
    db.$queryRaw<OpenCell[]>`
      SELECT s.priority::text AS priority, s.module::text AS module, sum(s.created - s.resolved)::int AS count
      FROM "IssueDailyStat" s
      WHERE s.day > ${checkpoint}::date ${departmentFilter(departmentId)}
      GROUP BY 1, 2`,
  ]);
  const cells = new Map<string, OpenCell>();
  for (const c of [...before, ...recent]) {
    const key = `${c.priority}|${c.module}`;
    const cell = cells.get(key) ?? { priority: c.priority, module: c.module, count: 0 };
    cell.count += c.count;
    cells.set(key, cell);
  }
  return [...cells.values()].filter((c) => c.count !== 0).sort((x, y) => x.priority.localeCompare(y.priority) || x.module.localeCompare(y.module));
}

export interface KpiSeriesPoint {
  /** First day of the week (Monday), month or quarter. */
  periodStart: string;
  avgValue: number;
  lastValue: number;
  minValue: number;
  maxValue: number;
  valueCount: number;
}

/**
 * Each KPI's rollups of the periods touching the range (the first may start before `range.from`),
 * oldest first. Every requested id is a key, with an empty list when it has no values there.
 */
export async function kpiSeries(kpiIds: string[], grain: KpiGrain, range: Range): Promise<Record<string, KpiSeriesPoint[]>> {
  const out: Record<string, KpiSeriesPoint[]> = Object.fromEntries(kpiIds.map((id) => [id, []]));
  if (!kpiIds.length) return out;
  const first = periodsBetween(range.from, range.from, grain)[0] ?? range.from;
  const rows = await db.$queryRaw<(KpiSeriesPoint & { kpiId: string })[]>`
    SELECT r."kpiId"::text AS "kpiId", to_char(r."periodStart", 'YYYY-MM-DD') AS "periodStart",
           r."avgValue", r."lastValue", r."minValue", r."maxValue", r."valueCount"
    FROM "KpiRollup" r
    WHERE r."kpiId" = ANY(${kpiIds}::uuid[]) AND r.grain = ${grain}::"KpiGrain"
      AND r."periodStart" BETWEEN ${first}::date AND ${range.to}::date
    ORDER BY r."kpiId", r."periodStart"`;
  for (const { kpiId, ...point } of rows) out[kpiId]?.push(point);
  return out;
}
