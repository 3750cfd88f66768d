import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ErpModule, IssuePriority } from "@/generated/prisma/enums";
import { calendarToday } from "@/lib/calendar-day";
import { db, type Tx } from "@/server/db";
import { env } from "@/server/env";
import { compliance, round1, round2 } from "./metrics";
import { addDays, seriesEnd, tileWindow, type DashboardFilter } from "./period";
import { dayStart, IS_OPEN, localDay, localWeek, metricsCte, scopeSql } from "./sql";

// One SQL statement per dashboard figure, each behind its own function: issue 5 swaps the bodies for
// daily rollup tables without touching pages, exports or tests' expectations.

/** Anything that can run raw SQL: the shared client or an action's transaction. */
export type Queryable = Pick<Tx, "$queryRaw">;

/** "Now" for the support figures: the portal's zone, the instant, and today's local day. */
export interface SupportClock {
  tz: string;
  now: Date;
  today: string;
}

export function supportClock(now = new Date()): SupportClock {
  const tz = env().PORTAL_TIME_ZONE;
  return { tz, now, today: calendarToday(tz, now).toISOString().slice(0, 10) };
}

export interface Kpis {
  window: { from: string; to: string };
  open: number;
  openHigh: number;
  openBreached: number;
  openAtRisk: number;
  frMet: number;
  frBreached: number;
  frRate: number | null;
  resMet: number;
  resBreached: number;
  resRate: number | null;
  mttrHours: number | null;
  resolvedCount: number;
  csatAvg: number | null;
  csatCount: number;
  overnightOpen: number;
  overnightUnanswered: number;
}

/** The KPI tiles: what is open now, and SLA, MTTR and CSAT over the last four weeks of the period. */
export async function getKpis(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<Kpis> {
  const w = tileWindow(f);
  const from = dayStart(w.from, c.tz);
  const end = dayStart(addDays(w.to, 1), c.tz);
  const todayStart = dayStart(c.today, c.tz);
  const inWindow = (col: string) => Prisma.sql`m.${Prisma.raw(`"${col}"`)} >= ${from} AND m.${Prisma.raw(`"${col}"`)} < ${end}`;
  const at = Prisma.sql`${c.now}::timestamptz`;
  const [r] = await q.$queryRaw<Omit<Kpis, "window" | "frRate" | "resRate">[]>`
    ${metricsCte(f, c.now, Prisma.sql`AND (${IS_OPEN} OR i."createdAt" >= ${from} OR i."resolvedAt" >= ${from} OR i."csatAt" >= ${from})`)}
    SELECT
      count(*) FILTER (WHERE is_open)::int AS "open",
      count(*) FILTER (WHERE is_open AND priority IN ('P1','P2'))::int AS "openHigh",
      count(*) FILTER (WHERE is_open AND (fr_breach_at IS NOT NULL OR res_breach_at IS NOT NULL))::int AS "openBreached",
      count(*) FILTER (WHERE is_open AND fr_breach_at IS NULL AND res_breach_at IS NULL AND "slaPausedAt" IS NULL
        AND ((responded_at IS NULL AND "firstResponseWarnAt" <= ${at}) OR "resolutionWarnAt" <= ${at}))::int AS "openAtRisk",
      count(*) FILTER (WHERE ${inWindow("createdAt")} AND fr_done AND fr_breach_at IS NULL)::int AS "frMet",
      count(*) FILTER (WHERE ${inWindow("createdAt")} AND fr_breach_at IS NOT NULL)::int AS "frBreached",
      count(*) FILTER (WHERE ${inWindow("createdAt")} AND res_done AND res_breach_at IS NULL)::int AS "resMet",
      count(*) FILTER (WHERE ${inWindow("createdAt")} AND res_breach_at IS NOT NULL)::int AS "resBreached",
      (avg(extract(epoch FROM "resolvedAt" - "createdAt") / 3600) FILTER (WHERE is_resolved AND ${inWindow("resolvedAt")}))::float8 AS "mttrHours",
      count(*) FILTER (WHERE is_resolved AND ${inWindow("resolvedAt")})::int AS "resolvedCount",
      (avg("csatScore") FILTER (WHERE "csatScore" IS NOT NULL AND ${inWindow("csatAt")}))::float8 AS "csatAvg",
      count(*) FILTER (WHERE "csatScore" IS NOT NULL AND ${inWindow("csatAt")})::int AS "csatCount",
      count(*) FILTER (WHERE is_open AND "createdAt" < ${todayStart})::int AS "overnightOpen",
      count(*) FILTER (WHERE is_open AND "createdAt" < ${todayStart} AND responded_at IS NULL)::int AS "overnightUnanswered"
    FROM m`;
  return {
    ...r!,
    window: w,
    frRate: compliance(r!.frMet, r!.frBreached),
    resRate: compliance(r!.resMet, r!.resBreached),
    mttrHours: round1(r!.mttrHours),
    csatAvg: round2(r!.csatAvg),
  };
}

export interface OpenCell {
  module: ErpModule;
  priority: IssuePriority;
  count: number;
}

/** Open issues now, by module × priority (only non-empty cells). */
export function getOpenMatrix(f: DashboardFilter, q: Queryable = db): Promise<OpenCell[]> {
  return q.$queryRaw<OpenCell[]>`
    SELECT i.module::text AS module, i.priority::text AS priority, count(*)::int AS count
    FROM "Issue" i
    WHERE ${IS_OPEN} ${scopeSql(f)}
    GROUP BY 1, 2`;
}

/** `weeks AS (…)`: the Monday of every ISO week the period touches. */
function weeksOf(f: DashboardFilter): Prisma.Sql {
  return Prisma.sql`weeks AS (
    SELECT generate_series(date_trunc('week', ${f.from}::date::timestamp), date_trunc('week', ${f.to}::date::timestamp), interval '1 week')::date AS week)`;
}

/** The instants bounding the period's local days: [start of `from`, start of the day after `to`). */
function bounds(f: DashboardFilter, c: SupportClock) {
  return { start: dayStart(f.from, c.tz), end: dayStart(addDays(f.to, 1), c.tz) };
}

export interface SlaWeek {
  week: string;
  filed: number;
  frMet: number;
  frBreached: number;
  frRate: number | null;
  resMet: number;
  resBreached: number;
  resRate: number | null;
}

/** SLA compliance per ISO week of filing: met ÷ (met + breached); issues still running are left out. */
export async function getSlaWeekly(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<SlaWeek[]> {
  const { start, end } = bounds(f, c);
  const rows = await q.$queryRaw<Omit<SlaWeek, "frRate" | "resRate">[]>`
    ${metricsCte(f, c.now, Prisma.sql`AND i."createdAt" >= ${start} AND i."createdAt" < ${end}`)},
    ${weeksOf(f)},
    agg AS (
      SELECT ${localWeek(Prisma.sql`m."createdAt"`, c.tz)} AS week,
             count(*) FILTER (WHERE NOT is_duplicate) AS filed,
             count(*) FILTER (WHERE fr_done AND fr_breach_at IS NULL) AS fr_met,
             count(*) FILTER (WHERE fr_breach_at IS NOT NULL) AS fr_breached,
             count(*) FILTER (WHERE res_done AND res_breach_at IS NULL) AS res_met,
             count(*) FILTER (WHERE res_breach_at IS NOT NULL) AS res_breached
      FROM m GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, COALESCE(a.filed, 0)::int AS filed,
           COALESCE(a.fr_met, 0)::int AS "frMet", COALESCE(a.fr_breached, 0)::int AS "frBreached",
           COALESCE(a.res_met, 0)::int AS "resMet", COALESCE(a.res_breached, 0)::int AS "resBreached"
    FROM weeks w LEFT JOIN agg a USING (week)
    ORDER BY w.week`;
  return rows.map((r) => ({ ...r, frRate: compliance(r.frMet, r.frBreached), resRate: compliance(r.resMet, r.resBreached) }));
}

export interface BacklogDay {
  day: string;
  created: number;
  done: number;
  /** Open at the end of the day. */
  open: number;
}

/** Per local day: filed, resolved/closed, and the open backlog at the end of the day (a running sum). */
export function getBacklogDaily(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<BacklogDay[]> {
  const last = seriesEnd(f, c.today);
  const from = dayStart(f.from, c.tz);
  return q.$queryRaw<BacklogDay[]>`
    ${metricsCte(f, c.now, Prisma.sql`AND i."createdAt" < ${dayStart(addDays(last, 1), c.tz)} AND (d.done_at IS NULL OR d.done_at >= ${from})`)},
    days AS (SELECT generate_series(${f.from}::date::timestamp, ${last}::date::timestamp, interval '1 day')::date AS day),
    created AS (SELECT ${localDay(Prisma.sql`m."createdAt"`, c.tz)} AS day, count(*) AS n FROM m GROUP BY 1),
    done AS (SELECT ${localDay(Prisma.sql`m.done_at`, c.tz)} AS day, count(*) AS n FROM m WHERE m.done_at IS NOT NULL GROUP BY 1),
    start AS (SELECT count(*) AS n FROM m WHERE m."createdAt" < ${from})
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day, COALESCE(c.n, 0)::int AS created, COALESCE(dn.n, 0)::int AS done,
           ((SELECT n FROM start) + sum(COALESCE(c.n, 0) - COALESCE(dn.n, 0)) OVER (ORDER BY days.day))::int AS open
    FROM days LEFT JOIN created c USING (day) LEFT JOIN done dn USING (day)
    ORDER BY days.day`;
}

export interface MttrWeek {
  week: string;
  resolved: number;
  meanHours: number | null;
  medianHours: number | null;
}

/** Mean (and median) wall-clock hours from filing to resolution, per ISO week of resolution. */
export async function getMttrWeekly(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<MttrWeek[]> {
  const { start, end } = bounds(f, c);
  const rows = await q.$queryRaw<MttrWeek[]>`
    WITH ${weeksOf(f)},
    agg AS (
      SELECT ${localWeek(Prisma.sql`i."resolvedAt"`, c.tz)} AS week, count(*) AS n,
             avg(extract(epoch FROM i."resolvedAt" - i."createdAt") / 3600) AS mean,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i."resolvedAt" - i."createdAt") / 3600) AS median
      FROM "Issue" i
      WHERE i.status IN ('RESOLVED','CLOSED') AND i."resolvedAt" >= ${start} AND i."resolvedAt" < ${end}
            ${scopeSql(f)}
      GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, COALESCE(a.n, 0)::int AS resolved,
           a.mean::float8 AS "meanHours", a.median::float8 AS "medianHours"
    FROM weeks w LEFT JOIN agg a USING (week)
    ORDER BY w.week`;
  return rows.map((r) => ({ ...r, meanHours: round1(r.meanHours), medianHours: round1(r.medianHours) }));
}

export interface CsatWeek {
  week: string;
  responses: number;
  average: number | null;
}

/** Average satisfaction score (1–5) per ISO week in which it was given. */
export async function getCsatWeekly(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<CsatWeek[]> {
  const { start, end } = bounds(f, c);
  const rows = await q.$queryRaw<CsatWeek[]>`
    WITH ${weeksOf(f)},
    agg AS (
      SELECT ${localWeek(Prisma.sql`i."csatAt"`, c.tz)} AS week, count(*) AS n, avg(i."csatScore") AS average
      FROM "Issue" i
      WHERE i."csatScore" IS NOT NULL AND i."csatAt" >= ${start} AND i."csatAt" < ${end}
            ${scopeSql(f)}
      GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, COALESCE(a.n, 0)::int AS responses, a.average::float8 AS average
    FROM weeks w LEFT JOIN agg a USING (week)
    ORDER BY w.week`;
  return rows.map((r) => ({ ...r, average: round2(r.average) }));
}

export interface CsatScoreCount {
  score: number;
  count: number;
}

/** How many answers gave each score 1–5 in the period. */
export function getCsatDistribution(f: DashboardFilter, c: SupportClock, q: Queryable = db): Promise<CsatScoreCount[]> {
  const { start, end } = bounds(f, c);
  return q.$queryRaw<CsatScoreCount[]>`
    SELECT s.score::int AS score, count(i.id)::int AS count
    FROM generate_series(1, 5) AS s(score)
    LEFT JOIN "Issue" i ON i."csatScore" = s.score
      AND i."csatAt" >= ${start} AND i."csatAt" < ${end}
      ${scopeSql(f)}
    GROUP BY s.score
    ORDER BY s.score`;
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** Every figure of the dashboard, queried in parallel. */
export async function getDashboard(f: DashboardFilter, c: SupportClock) {
  const [kpis, openMatrix, slaWeekly, backlog, mttrWeekly, csatWeekly, csatDistribution] = await Promise.all([
    getKpis(f, c),
    getOpenMatrix(f),
    getSlaWeekly(f, c),
    getBacklogDaily(f, c),
    getMttrWeekly(f, c),
    getCsatWeekly(f, c),
    getCsatDistribution(f, c),
  ]);
  return { kpis, openMatrix, slaWeekly, backlog, mttrWeekly, csatWeekly, csatDistribution };
}
