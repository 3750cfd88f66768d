// What each computed KPI (Kpi.source = COMPUTED, Kpi.computation = one of COMPUTATIONS) measures, for
// one period of its frequency, from the portal's own data. Issue measures read IssueDailyStat (the same
// numbers as the dashboards), plan measures the live project, the active-user rate the sign-in log.
// A period still running is measured up to `asOf` (today); null means "nothing to measure" and no
// value is written. No "server-only": the seed backfills history with it.
import { Prisma } from "../../generated/prisma/client";
import type { SqlRunner } from "../kpi/values";
import { addDays } from "../kpi/logic/period";
import { expectedPlanProgress, rollUp, type RollUpTask } from "../plan/rules";
import { healthOf, type StatSums } from "./figures";

export const COMPUTATIONS = [
  "PLAN_PROGRESS_VS_TIME", // actual % complete ÷ % expected by now on the plan (task-weighted, as the plan health shows), in %
  "MILESTONES_ON_TIME", // milestones due by the period's end achieved on or before their date, % of those due
  "DELIVERABLE_ACCEPTANCE", // submitted deliverables (submitted, accepted or rejected at the period's end) accepted, %
  "SLA_FIRST_RESPONSE", // first responses of the period within the SLA, %
  "SLA_RESOLUTION", // resolutions of the period within the SLA, %
  "MTTR_HOURS", // mean filed → resolved wall-clock hours of the issues resolved in the period
  "BACKLOG_OPEN", // issues open at the end of the period
  "CSAT_AVG", // mean satisfaction score (1–5) of the period's ratings
  "CSAT_SATISFIED", // ratings of 4 or 5, % of the period's ratings (the seeds' "satisfaction ≥ 85 %")
  "ACTIVE_USER_RATE", // distinct users with a successful sign-in in the period ÷ active users, %
] as const;
export type Computation = (typeof COMPUTATIONS)[number];

export function isComputation(value: string | null | undefined): value is Computation {
  return (COMPUTATIONS as readonly string[]).includes(value ?? "");
}

export interface MeasuredPeriod {
  /** First and last local day of the period. */
  start: string;
  end: string;
  /** The last day measured: the period's end, or today while it runs. */
  asOf: string;
  /** Today in the portal's zone: plan figures of the past use the recorded actual dates only. */
  today: string;
  timeZone: string;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

async function issueSums(tx: SqlRunner, p: MeasuredPeriod): Promise<StatSums & { backlog: number; filedEver: number }> {
  const [r] = await tx.$queryRaw<(StatSums & { backlog: number; filedEver: number })[]>`
    SELECT
      COALESCE(sum(s.created) FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS created,
      COALESCE(sum(s.resolved) FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS resolved,
      COALESCE(sum(s."firstResponded") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "firstResponded",
      COALESCE(sum(s."firstResponseBreached") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "firstResponseBreached",
      COALESCE(sum(s."resolutionBreached") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "resolutionBreached",
      COALESCE(sum(s."resolutionMinutes") FILTER (WHERE s.day >= ${p.start}::date), 0)::float8 AS "resolutionMinutes",
      COALESCE(sum(s."csatCount") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "csatCount",
      COALESCE(sum(s."csatSum") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "csatSum",
      COALESCE(sum(s."csatSatisfied") FILTER (WHERE s.day >= ${p.start}::date), 0)::int AS "csatSatisfied",
      COALESCE(sum(s.created - s.resolved), 0)::int AS backlog,
      COALESCE(sum(s.created), 0)::int AS "filedEver"
    FROM "IssueDailyStat" s WHERE s.day <= ${p.asOf}::date`;
  return r!;
}

/** The rollout the portal follows: hypercare first, then active, then planned; the earliest start first. */
async function liveProject(tx: SqlRunner): Promise<{ id: string } | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Project" WHERE status <> 'CLOSED'
    ORDER BY CASE status WHEN 'HYPERCARE' THEN 0 WHEN 'ACTIVE' THEN 1 ELSE 2 END, "startDate" LIMIT 1`;
  return rows[0] ?? null;
}

/**
 * Progress as it stood at the end of `asOf`: a task finished by then (actual end) counts 100 %; today the
 * recorded progress of unfinished tasks counts too; for past days that partial progress is unknown
 * (no history is kept) and counts 0, so past values are conservative.
 */
async function planProgressVsTime(tx: SqlRunner, p: MeasuredPeriod): Promise<number | null> {
  const project = await liveProject(tx);
  if (!project) return null;
  const tasks = await tx.$queryRaw<(RollUpTask & { actualEnd: Date | null })[]>`
    SELECT status::text AS status, progress, "plannedStart", "plannedEnd", "actualEnd" FROM "Task" WHERE "projectId" = ${project.id}::uuid`;
  if (!tasks.length) return null;
  const asOf = new Date(`${p.asOf}T00:00:00Z`);
  const current = p.asOf >= p.today;
  const asThen: RollUpTask[] = tasks.map((t) =>
    t.status === "DONE" && t.actualEnd && t.actualEnd <= asOf
      ? { ...t, status: "DONE", progress: 100 }
      : current ? { ...t, status: t.status === "DONE" ? "IN_PROGRESS" : t.status } : { ...t, status: "NOT_STARTED", progress: 0 },
  );
  const expected = expectedPlanProgress(asThen, asOf);
  return expected > 0 ? round1((rollUp(asThen).progress / expected) * 100) : null;
}

async function milestonesOnTime(tx: SqlRunner, p: MeasuredPeriod): Promise<number | null> {
  const project = await liveProject(tx);
  if (!project) return null;
  // The ACTUAL_GO_LIVE milestone records when go-live happened: it has no date to be late against.
  const [r] = await tx.$queryRaw<{ due: number; onTime: number }[]>`
    SELECT count(*)::int AS due, count(*) FILTER (WHERE "achievedAt" IS NOT NULL AND "achievedAt" <= date)::int AS "onTime"
    FROM "Milestone" WHERE "projectId" = ${project.id}::uuid AND kind <> 'ACTUAL_GO_LIVE' AND date <= ${p.asOf}::date`;
  return r!.due ? round1((r!.onTime / r!.due) * 100) : null;
}

/** Each deliverable's status at the end of `asOf` from its history (the current status where it has none yet). */
async function deliverableAcceptance(tx: SqlRunner, p: MeasuredPeriod): Promise<number | null> {
  const project = await liveProject(tx);
  if (!project) return null;
  const end = Prisma.sql`(${addDays(p.asOf, 1)}::date::timestamp AT TIME ZONE ${p.timeZone})`;
  const [r] = await tx.$queryRaw<{ submitted: number; accepted: number }[]>`
    WITH st AS (
      SELECT COALESCE(
        (SELECT e."toStatus"::text FROM "DeliverableEvent" e WHERE e."deliverableId" = d.id AND e.at < ${end} ORDER BY e.at DESC LIMIT 1),
        CASE WHEN ${p.asOf >= p.today} AND NOT EXISTS (SELECT 1 FROM "DeliverableEvent" e WHERE e."deliverableId" = d.id) THEN d.status::text END
      ) AS status
      FROM "Deliverable" d WHERE d."projectId" = ${project.id}::uuid
    )
    SELECT count(*) FILTER (WHERE status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED'))::int AS submitted,
           count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted
    FROM st`;
  return r!.submitted ? round1((r!.accepted / r!.submitted) * 100) : null;
}

async function activeUserRate(tx: SqlRunner, p: MeasuredPeriod): Promise<number | null> {
  const from = Prisma.sql`(${p.start}::date::timestamp AT TIME ZONE ${p.timeZone})`;
  const end = Prisma.sql`(${addDays(p.asOf, 1)}::date::timestamp AT TIME ZONE ${p.timeZone})`;
  // Before anyone ever signed in the portal was not in use yet: nothing to measure (not 0 %).
  const [r] = await tx.$queryRaw<{ signedIn: number; active: number; ever: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "LoginAttempt" a WHERE a.success AND a."createdAt" < ${end}) AS ever,
           (SELECT count(DISTINCT u.id) FROM "User" u JOIN "LoginAttempt" a ON lower(a.email) = lower(u.email)
            WHERE u.active AND a.success AND a."createdAt" >= ${from} AND a."createdAt" < ${end})::int AS "signedIn",
           (SELECT count(*) FROM "User" u WHERE u.active)::int AS active`;
  return r!.ever && r!.active ? round1((r!.signedIn / r!.active) * 100) : null;
}

/** The KPI's value for one period, or null when there is nothing to measure. */
export async function measure(tx: SqlRunner, computation: Computation, p: MeasuredPeriod): Promise<number | null> {
  switch (computation) {
    case "PLAN_PROGRESS_VS_TIME":
      return planProgressVsTime(tx, p);
    case "MILESTONES_ON_TIME":
      return milestonesOnTime(tx, p);
    case "DELIVERABLE_ACCEPTANCE":
      return deliverableAcceptance(tx, p);
    case "ACTIVE_USER_RATE":
      return activeUserRate(tx, p);
    default: {
      const { backlog, filedEver, ...sums } = await issueSums(tx, p);
      const h = healthOf(sums, backlog);
      const values: Record<typeof computation, number | null> = {
        SLA_FIRST_RESPONSE: h.firstResponseCompliancePct,
        SLA_RESOLUTION: h.resolutionCompliancePct,
        MTTR_HOURS: h.mttrHours,
        // Before the first issue was filed there was no backlog to speak of.
        BACKLOG_OPEN: filedEver ? h.backlogAtEnd : null,
        CSAT_AVG: h.csatAvg,
        CSAT_SATISFIED: h.csatSatisfiedPct,
      };
      return values[computation];
    }
  }
}
