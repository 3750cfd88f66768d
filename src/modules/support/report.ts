import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ErpModule } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { DEFAULT_SAME_DAY_CUTOFF_MINUTE, DEFAULT_SAME_DAY_END_MINUTE, percent, round2 } from "./metrics";
import { addDays } from "./period";
import type { Queryable, SupportClock } from "./queries";
import type { DailyReportContent, ReportBreach, ReportIssue, ReportModuleRow } from "./report-content";
import { dayStart, metricsCte } from "./sql";

/** Most issues one list of a report holds; the counts above it stay exact. */
export const REPORT_LIST_LIMIT = 500;

// The day's issues with flags: filed that day, done that day, open at the end of it, breached that
// day, rated that day, and whether it falls under "问题不过夜" (filed before its policy's cutoff) and
// was answered in time. Issues done before the day started cannot be any of these, except for a late
// satisfaction rating, so the scan skips them.
function flagged(day: string, c: SupportClock): Prisma.Sql {
  const ds = dayStart(day, c.tz);
  const de = dayStart(addDays(day, 1), c.tz);
  const until = day === c.today ? Prisma.sql`LEAST(${de}, ${c.now}::timestamptz)` : de;
  const localMinute = Prisma.sql`(extract(hour FROM m."createdAt" AT TIME ZONE ${c.tz}) * 60 + extract(minute FROM m."createdAt" AT TIME ZONE ${c.tz}))`;
  const sameDayEnd = Prisma.sql`((${day}::date::timestamp + make_interval(mins => COALESCE(p."sameDayEndMinute", ${DEFAULT_SAME_DAY_END_MINUTE}))) AT TIME ZONE ${c.tz})`;
  return Prisma.sql`
    ${metricsCte({}, c.now, Prisma.sql`AND i."createdAt" < ${de} AND (d.done_at IS NULL OR d.done_at >= ${ds} OR (i."csatAt" >= ${ds} AND i."csatAt" < ${de}))`)},
    f AS (
      SELECT m.*,
        (m."createdAt" >= ${ds}) AS is_new,
        (m.done_at >= ${ds} AND m.done_at < ${de}) AS is_done,
        (m.done_at IS NULL OR m.done_at >= ${de}) AS is_open_eod,
        (m.fr_breach_at >= ${ds} AND m.fr_breach_at < ${de}) AS fr_breached_today,
        (m.res_breach_at >= ${ds} AND m.res_breach_at < ${de}) AS res_breached_today,
        (m."csatScore" IS NOT NULL AND m."csatAt" >= ${ds} AND m."csatAt" < ${de}) AS is_csat,
        (m."createdAt" >= ${ds} AND NOT m.is_duplicate AND ${localMinute} < COALESCE(p."sameDayCutoffMinute", ${DEFAULT_SAME_DAY_CUTOFF_MINUTE})) AS same_day_eligible,
        (m.responded_at < ${sameDayEnd}) AS answered_same_day,
        floor(extract(epoch FROM ${until} - m."createdAt") / 3600)::int AS age_hours
      FROM m LEFT JOIN "SlaPolicy" p ON p.id = m."slaPolicyId"
    )`;
}

interface CountRow {
  module: ErpModule | null;
  created: number;
  done: number;
  openEod: number;
  openEodHigh: number;
  breached: number;
  sameDayEligible: number;
  sameDayMet: number;
  csatAverage: number | null;
  csatCount: number;
}

interface IssueRow extends Omit<ReportIssue, "createdAt"> {
  createdAt: Date;
  isNew: boolean;
  isDone: boolean;
  isOpenEod: boolean;
  frBreached: boolean;
  resBreached: boolean;
  isCsat: boolean;
  csatScore: number | null;
  csatComment: string | null;
}

/** The report for one local day, computed now (what a sent report stores as its snapshot). */
export async function computeDailyReport(day: string, c: SupportClock, q: Queryable = db): Promise<DailyReportContent> {
  const base = flagged(day, c);
  const [counts, rows] = await Promise.all([
    q.$queryRaw<CountRow[]>`
      ${base}
      SELECT module::text AS module,
        count(*) FILTER (WHERE is_new)::int AS created,
        count(*) FILTER (WHERE is_done)::int AS done,
        count(*) FILTER (WHERE is_open_eod)::int AS "openEod",
        count(*) FILTER (WHERE is_open_eod AND priority IN ('P1','P2'))::int AS "openEodHigh",
        count(*) FILTER (WHERE fr_breached_today OR res_breached_today)::int AS breached,
        count(*) FILTER (WHERE same_day_eligible)::int AS "sameDayEligible",
        count(*) FILTER (WHERE same_day_eligible AND answered_same_day)::int AS "sameDayMet",
        (avg("csatScore") FILTER (WHERE is_csat))::float8 AS "csatAverage",
        count(*) FILTER (WHERE is_csat)::int AS "csatCount"
      FROM f
      GROUP BY GROUPING SETS ((module), ())`,
    q.$queryRaw<IssueRow[]>`
      ${base}
      SELECT f.id, f.number, f.title, f.module::text AS module, f.priority::text AS priority, f.status::text AS status,
             u.name AS "assigneeName", f."createdAt", f.age_hours AS "ageHours",
             f.is_new AS "isNew", f.is_done AS "isDone", f.is_open_eod AS "isOpenEod",
             COALESCE(f.fr_breached_today, false) AS "frBreached", COALESCE(f.res_breached_today, false) AS "resBreached",
             f.is_csat AS "isCsat", f."csatScore", f."csatComment"
      FROM f LEFT JOIN "User" u ON u.id = f."assigneeId"
      WHERE f.is_new OR f.is_done OR f.is_open_eod OR f.fr_breached_today OR f.res_breached_today OR f.is_csat
      ORDER BY f.priority, f."createdAt", f.number`,
  ]);
  const total = counts.find((r) => r.module === null) ?? emptyCounts();
  const byModule: ReportModuleRow[] = counts
    .filter((r): r is CountRow & { module: ErpModule } => r.module !== null)
    .map(({ module, created, done, openEod, openEodHigh, breached }) => ({ module, created, done, openEod, openEodHigh, breached }))
    .sort((a, b) => b.openEod - a.openEod || b.created - a.created || a.module.localeCompare(b.module));
  const issue = (r: IssueRow): ReportIssue => ({
    id: r.id, number: r.number, title: r.title, module: r.module, priority: r.priority, status: r.status,
    assigneeName: r.assigneeName, createdAt: r.createdAt.toISOString(), ageHours: r.ageHours,
  });
  const list = <T>(pick: (r: IssueRow) => boolean, map: (r: IssueRow) => T) => rows.filter(pick).slice(0, REPORT_LIST_LIMIT).map(map);
  const openRows = rows.filter((r) => r.isOpenEod);
  return {
    version: 1,
    day,
    timeZone: c.tz,
    generatedAt: c.now.toISOString(),
    totals: {
      created: total.created,
      done: total.done,
      openEod: total.openEod,
      openEodHigh: total.openEodHigh,
      breached: total.breached,
      sameDayEligible: total.sameDayEligible,
      sameDayMet: total.sameDayMet,
      sameDayRate: percent(total.sameDayMet, total.sameDayEligible),
      csatAverage: round2(total.csatAverage),
      csatCount: total.csatCount,
    },
    byModule,
    created: list((r) => r.isNew, issue),
    done: list((r) => r.isDone, issue),
    // Oldest first: what has waited longest is what the morning meeting takes up first.
    open: openRows.sort((a, b) => a.priority.localeCompare(b.priority) || b.ageHours - a.ageHours).slice(0, REPORT_LIST_LIMIT).map(issue),
    breached: list((r) => r.frBreached || r.resBreached, (r): ReportBreach => ({ ...issue(r), firstResponse: r.frBreached, resolution: r.resBreached })),
    csat: list((r) => r.isCsat && r.csatScore !== null, (r) => ({ number: r.number, title: r.title, score: r.csatScore!, comment: r.csatComment })),
    truncated: openRows.length > REPORT_LIST_LIMIT,
  };
}

function emptyCounts(): CountRow {
  return { module: null, created: 0, done: 0, openEod: 0, openEodHigh: 0, breached: 0, sameDayEligible: 0, sameDayMet: 0, csatAverage: null, csatCount: 0 };
}

/** Reports already sent, newest first, optionally for one day. */
export async function listSentReports(options: { page: number; pageSize: number; day?: string }) {
  const where = options.day ? { day: new Date(`${options.day}T00:00:00.000Z`) } : {};
  const [rows, total] = await Promise.all([
    db.dailyReport.findMany({
      where,
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
      select: { id: true, day: true, note: true, sentAt: true, sentBy: { select: { name: true } } },
    }),
    db.dailyReport.count({ where }),
  ]);
  return { rows, total };
}

export function getSentReport(id: string) {
  return db.dailyReport.findUnique({
    where: { id },
    select: { id: true, day: true, content: true, note: true, sentAt: true, sentBy: { select: { name: true } } },
  });
}

/** How often a day's report went out already (the send form says a resend makes a new snapshot). */
export function countSentForDay(day: string) {
  return db.dailyReport.count({ where: { day: new Date(`${day}T00:00:00.000Z`) } });
}

/** Team-chat robots a sent report is posted to. */
export function countActiveWebhooks() {
  return db.webhookEndpoint.count({ where: { active: true } });
}
