// Keeps IssueDailyStat (issue figures per local day × department × module × priority) in step with
// "Issue". A statement-level trigger on "Issue" appends the hour-truncated instants of every event an
// insert/update/delete touched (filed, first response, resolved, rated) to IssueStatDirty; the refresh
// drains them and recomputes whole local days from "Issue", set-based, through the indexes on the
// event columns. Recomputing a day from scratch (DELETE + INSERT) makes a refresh idempotent: running
// it twice, or after a crash, never counts anything twice. No "server-only": the seed imports it.
//
// What the rows mean (dashboards, tests and the benchmark's raw recount rely on exactly this):
// - every measure counts on the local day (portal zone) its event happened: created by createdAt,
//   firstResponded/firstResponseBreached by firstRespondedAt, resolved/resolutionBreached/
//   resolutionMinutes by resolvedAt, csat* by csatAt;
// - a breach is the one the SLA job or the response/resolution itself recorded
//   (first/resolutionBreachedAt), or — if the sweep had not run yet — a response/resolution later
//   than its due time: the same rule as the support dashboard (modules/support/sql.ts) for issues
//   that have responded/resolved;
// - resolutionMinutes: whole wall-clock minutes filed → resolved, rounded per issue (MTTR = sum ÷ resolved);
// - csatSatisfied: ratings of 4 or 5;
// - "resolved" means resolvedAt is set: a reopened issue loses its resolvedAt (and rating) and is
//   open again, on every past day too. So backlog at the end of day D = Σcreated(≤ D) − Σresolved(≤ D)
//   = issues filed by the end of D whose resolvedAt is null or later;
// - duplicates (status DUPLICATE) count nowhere: the surviving issue carries the work, and the
//   support desk also keeps them out of its SLA and its open queue. Merging changes only the status,
//   which the trigger does not watch, so the job also re-marks recently merged issues (markRecentMerges).
//
// Changing the portal's zone moves day boundaries: run rebuildIssueStats afterwards.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { localMidnight } from "../../lib/calendar-day";
import { addDays } from "../kpi/logic/period";

/** What runs the refresh: the Prisma client (it opens its own transaction). */
export type StatsRunner = Pick<PrismaClient, "$transaction" | "$executeRaw">;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One key for every instance and every caller (job, admin action, seed, benchmark): refreshes queue
// up behind each other instead of deleting and inserting the same days at once.
const LOCK = Prisma.sql`pg_advisory_xact_lock(hashtext('metrics.issue-daily-stat'))`;

const NOT_DUPLICATE = Prisma.sql`i.status <> 'DUPLICATE'`;
const FIRST_RESPONSE_BREACHED = Prisma.sql`(i."firstResponseBreachedAt" IS NOT NULL OR i."firstRespondedAt" > i."firstResponseDueAt")`;
const RESOLUTION_BREACHED = Prisma.sql`(i."resolutionBreachedAt" IS NOT NULL OR i."resolvedAt" > i."resolutionDueAt")`;
const RESOLUTION_MINUTES = Prisma.sql`round(extract(epoch FROM i."resolvedAt" - i."createdAt") / 60)::bigint`;

const COLUMNS = [
  "created", "firstResponded", "firstResponseBreached", "resolved", "resolutionBreached",
  "resolutionMinutes", "csatCount", "csatSum", "csatSatisfied",
] as const;
type Column = (typeof COLUMNS)[number];

/** Each event: the instant column it is dated by, an extra condition, and the measures it adds. */
const EVENTS: { at: string; where?: Prisma.Sql; adds: Partial<Record<Column, Prisma.Sql>> }[] = [
  { at: "createdAt", adds: { created: Prisma.sql`1` } },
  { at: "firstRespondedAt", adds: { firstResponded: Prisma.sql`1`, firstResponseBreached: Prisma.sql`${FIRST_RESPONSE_BREACHED}::int` } },
  {
    at: "resolvedAt",
    adds: { resolved: Prisma.sql`1`, resolutionBreached: Prisma.sql`${RESOLUTION_BREACHED}::int`, resolutionMinutes: RESOLUTION_MINUTES },
  },
  {
    at: "csatAt",
    where: Prisma.sql`AND i."csatScore" IS NOT NULL`,
    adds: { csatCount: Prisma.sql`1`, csatSum: Prisma.sql`i."csatScore"`, csatSatisfied: Prisma.sql`(i."csatScore" >= 4)::int` },
  },
];

const INSERT_COLUMNS = Prisma.raw(`"day", "departmentId", "module", "priority", ${COLUMNS.map((c) => `"${c}"`).join(", ")}`);
const SUM_COLUMNS = Prisma.raw(COLUMNS.map((c) => `sum(ev."${c}")`).join(", "));

function measures(adds: Partial<Record<Column, Prisma.Sql>>): Prisma.Sql {
  return Prisma.join(COLUMNS.map((c) => Prisma.sql`${adds[c] ?? Prisma.sql`0`}::bigint AS ${Prisma.raw(`"${c}"`)}`), ", ");
}

/** Consecutive days as [first, last] runs, so each run is one index range per event column. */
export function dayRuns(days: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const day of [...new Set(days)].sort()) {
    const last = runs.at(-1);
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/**
 * One row per event of the issues, dated by local day. `days`: only events on those days — each run of
 * consecutive days is one [start, end) range of instants per event column, computed here so the planner
 * sees real bounds and walks the column's index; omitted: all events (one pass over the table).
 */
function eventsSql(timeZone: string, days?: string[]): Prisma.Sql {
  const ranges = days ? dayRuns(days).map(([first, last]) => [localMidnight(first, timeZone), localMidnight(last, timeZone, 1)] as const) : [null];
  const branches = EVENTS.flatMap(({ at, where, adds }) => {
    const col = Prisma.raw(`i."${at}"`);
    return ranges.map((range) => Prisma.sql`
      SELECT (${col} AT TIME ZONE ${timeZone})::date AS day, i."departmentId", i.module, i.priority, ${measures(adds)}
      FROM "Issue" i
      WHERE ${range ? Prisma.sql`${col} >= ${range[0]} AND ${col} < ${range[1]}` : Prisma.sql`${col} IS NOT NULL`}
        AND ${NOT_DUPLICATE} ${where ?? Prisma.empty}`);
  });
  return Prisma.sql`WITH ev AS (${Prisma.join(branches, " UNION ALL ")})`;
}

/** Writes the recomputed rows of `days` (all days when omitted); the caller has deleted the old ones. */
async function insertStats(tx: Tx, timeZone: string, days?: string[]): Promise<number> {
  return tx.$executeRaw`
    ${eventsSql(timeZone, days)}
    INSERT INTO "IssueDailyStat" (${INSERT_COLUMNS})
    SELECT ev.day, ev."departmentId", ev.module, ev.priority, ${SUM_COLUMNS}
    FROM ev
    GROUP BY 1, 2, 3, 4
    -- Written in day order, so a date range's rows sit together on disk (dashboards read ranges of days).
    ORDER BY 1, 2, 3, 4`;
}

export interface RefreshResult {
  /** Local days recomputed. */
  days: string[];
  /** IssueDailyStat rows written for them. */
  rows: number;
}

/**
 * Drains the dirty instants and recomputes the local days they touch, in one transaction behind an
 * advisory lock (several app instances run the job). Marks written by transactions still running
 * stay for the next refresh, together with the issue changes they stand for.
 */
export async function refreshIssueStats(runner: StatsRunner, timeZone: string): Promise<RefreshResult> {
  const result = await runner.$transaction((tx) => refreshIssueStatsIn(tx, timeZone), { maxWait: 10_000, timeout: 300_000 });
  await bumpStatsVersion(runner);
  return result;
}

/**
 * Tells every instance's cached backlog sums (backlog.ts) that the rows may have changed. Called after
 * the commit, so nobody can read the new version with the old rows; every refresh bumps, changes or
 * not, so a bump lost in a crash heals within a minute.
 */
export async function bumpStatsVersion(runner: Pick<PrismaClient, "$executeRaw">): Promise<void> {
  await runner.$executeRaw`SELECT nextval('"IssueStatDirty_id_seq"')`;
}

/** refreshIssueStats inside the caller's transaction (an admin action's). */
export async function refreshIssueStatsIn(tx: Tx, timeZone: string): Promise<RefreshResult> {
  await tx.$executeRaw`SELECT ${LOCK}`;
  // Each mark stands for [at, at + 1 h): in zones not offset by whole hours that hour spans two days.
  const rows = await tx.$queryRaw<{ day: string }[]>`
    WITH drained AS (DELETE FROM "IssueStatDirty" RETURNING "at")
    SELECT DISTINCT to_char(x, 'YYYY-MM-DD') AS day FROM drained,
      LATERAL (VALUES (("at" AT TIME ZONE ${timeZone})::date),
                      ((("at" + interval '1 hour' - interval '1 millisecond') AT TIME ZONE ${timeZone})::date)) AS v(x)
    ORDER BY 1`;
  const days = rows.map((r) => r.day);
  if (!days.length) return { days, rows: 0 };
  await tx.$executeRaw`DELETE FROM "IssueDailyStat" WHERE day = ANY(${days}::date[])`;
  return { days, rows: await insertStats(tx, timeZone, days) };
}

/** Recomputes every day from scratch (first load, a changed portal zone, or an admin's recompute). */
export async function rebuildIssueStats(runner: StatsRunner, timeZone: string): Promise<{ rows: number }> {
  const result = await runner.$transaction((tx) => rebuildIssueStatsIn(tx, timeZone), { maxWait: 10_000, timeout: 1_800_000 });
  await bumpStatsVersion(runner);
  return result;
}

/** rebuildIssueStats inside the caller's transaction. */
export async function rebuildIssueStatsIn(tx: Tx, timeZone: string): Promise<{ rows: number }> {
  await tx.$executeRaw`SELECT ${LOCK}`;
  await tx.$executeRaw`DELETE FROM "IssueStatDirty"`;
  await tx.$executeRaw`DELETE FROM "IssueDailyStat"`;
  return { rows: await insertStats(tx, timeZone) };
}

/**
 * Marks the days of issues merged as duplicates in the last `withinMinutes` (their status changed,
 * which the trigger does not see). The job calls it before each refresh; marking twice is harmless.
 */
export async function markRecentMerges(runner: Pick<PrismaClient, "$executeRaw">, withinMinutes = 15): Promise<number> {
  return runner.$executeRaw`
    INSERT INTO "IssueStatDirty" ("at")
    SELECT DISTINCT date_trunc('hour', x)
    FROM "Issue" i, LATERAL unnest(ARRAY[i."createdAt", i."firstRespondedAt", i."resolvedAt", i."csatAt"]) AS x
    WHERE i.status = 'DUPLICATE' AND i."closedAt" >= now() - make_interval(mins => ${withinMinutes}) AND x IS NOT NULL`;
}
