// The executive dashboard's figures computed the slow way, straight from "Issue" and "KpiValue", with
// SQL written independently of the rollup code: the benchmark's baseline and the integration tests'
// recount. Same meaning as modules/metrics/issue-stats.ts (duplicates left out, "resolved" = resolvedAt
// set, events on the local day they happened, minutes rounded per issue), so the numbers must be equal.
import { Prisma, type PrismaClient } from "../../../src/generated/prisma/client";
import type { ErpModule, IssuePriority, KpiGrain } from "../../../src/generated/prisma/enums";
import { addDays, periodsBetween } from "../../../src/modules/kpi/logic";
import { healthOf, trendPointOf, type IssueHealth, type IssueTrendPoint, type StatSums } from "../../../src/modules/metrics/figures";

export type Raw = Pick<PrismaClient, "$queryRaw">;
interface Range { from: string; to: string }

const start = (day: string, tz: string) => Prisma.sql`(${day}::date::timestamp AT TIME ZONE ${tz})`;
const scope = (departmentId?: string | null) =>
  departmentId ? Prisma.sql`AND i."departmentId" = ${departmentId}::uuid` : Prisma.empty;
const within = (col: string, from: Prisma.Sql, end: Prisma.Sql) => Prisma.sql`i.${Prisma.raw(`"${col}"`)} >= ${from} AND i.${Prisma.raw(`"${col}"`)} < ${end}`;

/** Sums of the events in [from, end), and the issues open at `end`, over one scan of the issues. */
async function sumsAndOpen(q: Raw, from: Prisma.Sql, end: Prisma.Sql, departmentId?: string | null): Promise<StatSums & { open: number }> {
  const [r] = await q.$queryRaw<(StatSums & { open: number })[]>`
    SELECT
      count(*) FILTER (WHERE ${within("createdAt", from, end)})::int AS created,
      count(*) FILTER (WHERE ${within("firstRespondedAt", from, end)})::int AS "firstResponded",
      count(*) FILTER (WHERE ${within("firstRespondedAt", from, end)}
        AND (i."firstResponseBreachedAt" IS NOT NULL OR i."firstRespondedAt" > i."firstResponseDueAt"))::int AS "firstResponseBreached",
      count(*) FILTER (WHERE ${within("resolvedAt", from, end)})::int AS resolved,
      count(*) FILTER (WHERE ${within("resolvedAt", from, end)}
        AND (i."resolutionBreachedAt" IS NOT NULL OR i."resolvedAt" > i."resolutionDueAt"))::int AS "resolutionBreached",
      COALESCE(sum(round(extract(epoch FROM i."resolvedAt" - i."createdAt") / 60)) FILTER (WHERE ${within("resolvedAt", from, end)}), 0)::float8 AS "resolutionMinutes",
      count(*) FILTER (WHERE ${within("csatAt", from, end)} AND i."csatScore" IS NOT NULL)::int AS "csatCount",
      COALESCE(sum(i."csatScore") FILTER (WHERE ${within("csatAt", from, end)}), 0)::int AS "csatSum",
      count(*) FILTER (WHERE ${within("csatAt", from, end)} AND i."csatScore" >= 4)::int AS "csatSatisfied",
      count(*) FILTER (WHERE i."createdAt" < ${end} AND (i."resolvedAt" IS NULL OR i."resolvedAt" >= ${end}))::int AS open
    FROM "Issue" i
    WHERE i.status <> 'DUPLICATE' ${scope(departmentId)}`;
  return r!;
}

export async function rawIssueHealth(q: Raw, tz: string, range: Range, departmentId?: string | null): Promise<IssueHealth> {
  const { open, ...sums } = await sumsAndOpen(q, start(range.from, tz), start(addDays(range.to, 1), tz), departmentId);
  return healthOf(sums, open);
}

const TRUNC = { DAY: "day", WEEK: "week", MONTH: "month" } as const;

/**
 * The issues with an event in the range, each event on its local day's period, plus the issues open
 * when the range starts; the backlog at each period's end follows as opening + filed − resolved.
 */
export async function rawIssueTrend(q: Raw, tz: string, range: Range, grain: "DAY" | "WEEK" | "MONTH", departmentId?: string | null): Promise<IssueTrendPoint[]> {
  const from = start(range.from, tz);
  const end = start(addDays(range.to, 1), tz);
  const bucket = Prisma.sql`to_char(date_trunc(${Prisma.raw(`'${TRUNC[grain]}'`)}, e.at AT TIME ZONE ${tz}), 'YYYY-MM-DD')`;
  const kind = (k: string) => Prisma.sql`e.kind = ${k}`;
  const rows = await q.$queryRaw<(StatSums & { p: string })[]>`
    SELECT ${bucket} AS p,
      count(*) FILTER (WHERE ${kind("c")})::int AS created,
      count(*) FILTER (WHERE ${kind("f")})::int AS "firstResponded",
      count(*) FILTER (WHERE ${kind("f")} AND (i."firstResponseBreachedAt" IS NOT NULL OR i."firstRespondedAt" > i."firstResponseDueAt"))::int AS "firstResponseBreached",
      count(*) FILTER (WHERE ${kind("r")})::int AS resolved,
      count(*) FILTER (WHERE ${kind("r")} AND (i."resolutionBreachedAt" IS NOT NULL OR i."resolvedAt" > i."resolutionDueAt"))::int AS "resolutionBreached",
      COALESCE(sum(round(extract(epoch FROM i."resolvedAt" - i."createdAt") / 60)) FILTER (WHERE ${kind("r")}), 0)::float8 AS "resolutionMinutes",
      count(*) FILTER (WHERE ${kind("s")} AND i."csatScore" IS NOT NULL)::int AS "csatCount",
      COALESCE(sum(i."csatScore") FILTER (WHERE ${kind("s")}), 0)::int AS "csatSum",
      count(*) FILTER (WHERE ${kind("s")} AND i."csatScore" >= 4)::int AS "csatSatisfied"
    FROM "Issue" i
    CROSS JOIN LATERAL (VALUES ('c', i."createdAt"), ('f', i."firstRespondedAt"), ('r', i."resolvedAt"), ('s', i."csatAt")) AS e(kind, at)
    WHERE i.status <> 'DUPLICATE' ${scope(departmentId)}
      AND (${within("createdAt", from, end)} OR ${within("firstRespondedAt", from, end)} OR ${within("resolvedAt", from, end)} OR ${within("csatAt", from, end)})
      AND e.at >= ${from} AND e.at < ${end}
    GROUP BY 1`;
  const [opening] = await q.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Issue" i
    WHERE i.status <> 'DUPLICATE' ${scope(departmentId)} AND i."createdAt" < ${from} AND (i."resolvedAt" IS NULL OR i."resolvedAt" >= ${from})`;
  const byPeriod = new Map(rows.map(({ p, ...sums }) => [p, sums]));
  const zero: StatSums = { created: 0, resolved: 0, firstResponded: 0, firstResponseBreached: 0, resolutionBreached: 0, resolutionMinutes: 0, csatCount: 0, csatSum: 0, csatSatisfied: 0 };
  let backlog = opening!.n;
  return periodsBetween(range.from, range.to, grain).map((p) => {
    const sums = byPeriod.get(p) ?? zero;
    backlog += sums.created - sums.resolved;
    return trendPointOf(p, sums, backlog);
  });
}

export function rawOpenByPriorityAndModule(q: Raw, departmentId?: string | null) {
  return q.$queryRaw<{ priority: IssuePriority; module: ErpModule; count: number }[]>`
    SELECT i.priority::text AS priority, i.module::text AS module, count(*)::int AS count
    FROM "Issue" i
    WHERE i.status <> 'DUPLICATE' AND i."resolvedAt" IS NULL ${scope(departmentId)}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}

const UNIT: Record<KpiGrain, string> = { WEEK: "week", MONTH: "month", QUARTER: "quarter" };

export async function rawKpiSeries(q: Raw, kpiIds: string[], grain: KpiGrain, range: Range) {
  const out: Record<string, { periodStart: string; avgValue: number; lastValue: number; minValue: number; maxValue: number; valueCount: number }[]> =
    Object.fromEntries(kpiIds.map((id) => [id, []]));
  const first = periodsBetween(range.from, range.from, grain)[0]!;
  const bucket = Prisma.sql`date_trunc(${Prisma.raw(`'${UNIT[grain]}'`)}, v."periodStart"::timestamp)::date`;
  const rows = await q.$queryRaw<{ kpiId: string; periodStart: string; avgValue: number; lastValue: number; minValue: number; maxValue: number; valueCount: number }[]>`
    SELECT v."kpiId"::text AS "kpiId", to_char(${bucket}, 'YYYY-MM-DD') AS "periodStart", avg(v.value) AS "avgValue",
           (array_agg(v.value ORDER BY v."periodStart" DESC))[1] AS "lastValue", min(v.value) AS "minValue", max(v.value) AS "maxValue",
           count(*)::int AS "valueCount"
    FROM "KpiValue" v
    WHERE v."kpiId" = ANY(${kpiIds}::uuid[]) AND ${bucket} BETWEEN ${first}::date AND ${range.to}::date
    GROUP BY v."kpiId", ${bucket}
    ORDER BY 1, 2`;
  for (const { kpiId, ...point } of rows) out[kpiId]?.push(point);
  return out;
}
