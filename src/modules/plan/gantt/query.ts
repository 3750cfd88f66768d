import "server-only";
import type { TaskStatus } from "@/generated/prisma/enums";
import { calendarToday } from "@/lib/calendar-day";
import { db } from "@/server/db";
import { env } from "@/server/env";
import type { GanttData, GanttTask } from "./types";

export interface GanttQueryOptions {
  /** Defaults to today in the portal's time zone; the benchmark and tests pin it. */
  today?: Date;
}

interface TaskRow {
  id: string;
  seq: number;
  title: string;
  /** The period's seq: an integer is cheaper to read than its id, for each of 2,000 rows. */
  periodSeq: number;
  ownerName: string | null;
  status: TaskStatus;
  progress: number;
  // Days since 1970-01-01: an integer costs the driver far less than a date (see below).
  plannedStart: number;
  plannedEnd: number;
  actualStart: number | null;
  actualEnd: number | null;
  baselineStart: number | null;
  baselineEnd: number | null;
}

const DAY = 86_400_000;
const NO_PREDECESSORS: readonly string[] = [];

/**
 * Everything the Gantt draws for one project, or null when there is no such project: one round
 * of parallel queries selecting only what is drawn. Reading rows, not the database, is what costs
 * on a 2,000-task plan, so tasks come in one raw query already joined with their owner's name and
 * their dates in the project's latest baseline, dates as day numbers (parsing 10,000 date values
 * into Date objects doubled the query's time), and dependencies as bare id pairs.
 */
export async function getGanttData(projectId: string, options: GanttQueryOptions = {}): Promise<GanttData | null> {
  const [project, phases, periods, milestones, baseline, tasks, dependencies] = await Promise.all([
    db.project.findUnique({ where: { id: projectId }, select: { id: true, code: true, name: true } }),
    db.phase.findMany({ where: { projectId }, orderBy: { seq: "asc" }, select: { id: true, code: true, name: true, plannedStart: true, plannedEnd: true } }),
    db.planPeriod.findMany({ where: { projectId }, select: { seq: true, label: true, phaseId: true } }),
    db.milestone.findMany({ where: { projectId }, orderBy: { date: "asc" }, select: { id: true, kind: true, name: true, date: true, achievedAt: true } }),
    db.baseline.findFirst({ where: { projectId }, orderBy: { createdAt: "desc" }, select: { name: true, createdAt: true } }),
    db.$queryRaw<TaskRow[]>`
      SELECT t.id, t.seq, t.title, pe.seq AS "periodSeq", u.name AS "ownerName", t.status::text AS status, t.progress,
             t."plannedStart" - DATE '1970-01-01' AS "plannedStart", t."plannedEnd" - DATE '1970-01-01' AS "plannedEnd",
             t."actualStart" - DATE '1970-01-01' AS "actualStart", t."actualEnd" - DATE '1970-01-01' AS "actualEnd",
             b."plannedStart" - DATE '1970-01-01' AS "baselineStart", b."plannedEnd" - DATE '1970-01-01' AS "baselineEnd"
      FROM "Task" t
      JOIN "PlanPeriod" pe ON pe.id = t."periodId"
      LEFT JOIN "User" u ON u.id = t."ownerId"
      LEFT JOIN "BaselineTask" b ON b."taskId" = t.id
        AND b."baselineId" = (SELECT id FROM "Baseline" WHERE "projectId" = ${projectId}::uuid ORDER BY "createdAt" DESC LIMIT 1)
      WHERE t."projectId" = ${projectId}::uuid
      ORDER BY t.seq`,
    db.$queryRaw<{ predecessorId: string; successorId: string }[]>`
      SELECT d."predecessorId", d."successorId"
      FROM "TaskDependency" d JOIN "Task" t ON t.id = d."successorId"
      WHERE t."projectId" = ${projectId}::uuid`,
  ]);
  if (!project) return null;

  const phaseCode = new Map(phases.map((p) => [p.id, p.code]));
  const period = new Map(periods.map((p) => [p.seq, { label: p.label, phaseCode: phaseCode.get(p.phaseId) ?? "" }]));
  // One Date per distinct day, shared by the tasks on it (plan dates are never mutated): a 2,000-task
  // plan has ~10,000 dates on a few hundred days, and fewer objects mean less garbage collection.
  const days = new Map<number, Date>();
  const toDay = (n: number) => days.get(n) ?? days.set(n, new Date(n * DAY)).get(n)!;
  const toDayOrNull = (n: number | null) => (n === null ? null : toDay(n));
  const predecessors = new Map<string, string[]>();
  for (const d of dependencies) {
    const list = predecessors.get(d.successorId);
    if (list) list.push(d.predecessorId);
    else predecessors.set(d.successorId, [d.predecessorId]);
  }

  const rows: GanttTask[] = tasks.map((t) => ({
    id: t.id,
    seq: t.seq,
    title: t.title,
    phaseCode: period.get(t.periodSeq)?.phaseCode ?? "",
    periodLabel: period.get(t.periodSeq)?.label ?? "",
    ownerName: t.ownerName,
    status: t.status,
    progress: t.progress,
    plannedStart: toDay(t.plannedStart),
    plannedEnd: toDay(t.plannedEnd),
    actualStart: toDayOrNull(t.actualStart),
    actualEnd: toDayOrNull(t.actualEnd),
    predecessorIds: predecessors.get(t.id) ?? NO_PREDECESSORS,
    baselineStart: toDayOrNull(t.baselineStart),
    baselineEnd: toDayOrNull(t.baselineEnd),
  }));

  return {
    project,
    today: options.today ?? calendarToday(env().PORTAL_TIME_ZONE),
    phases,
    tasks: rows,
    milestones,
    baseline: baseline ? { name: baseline.name, savedOn: calendarToday(env().PORTAL_TIME_ZONE, baseline.createdAt) } : null,
  };
}
