import { addDays, daysBetween } from "../dates";
import { isOverdue } from "../rules";
import { criticalPath } from "./critical-path";
import type { GanttData, GanttMilestone, GanttPhase, GanttTask } from "./types";

// Turns what the database holds into what is drawn: rows grouped by phase, each task's flags
// (critical, slipped) and the time range. Pure, so the flags are unit-tested without a browser.

export const ZOOMS = ["day", "week", "month"] as const;
export type GanttZoom = (typeof ZOOMS)[number];
export const PX_PER_DAY: Record<GanttZoom, number> = { day: 24, week: 8, month: 3 };

export interface GanttFilter {
  /** A phase code, or null for all phases. */
  phase: string | null;
  criticalOnly: boolean;
  zoom: GanttZoom;
}

export interface Slip {
  /** Calendar days the task now ends after its baseline end (0 when on time or without baseline). */
  baselineDays: number;
  /** Not done although its planned end has passed. */
  overdue: boolean;
}

export type GanttRow =
  | { kind: "phase"; phase: GanttPhase }
  | { kind: "task"; task: GanttTask; critical: boolean; totalFloat: number; slip: Slip | null };

export interface GanttModel {
  rows: GanttRow[];
  /** Row index of each shown task, for dependency arrows. */
  rowOf: Map<string, number>;
  /** First and last day drawn (both included). */
  start: Date;
  end: Date;
  pxPerDay: number;
  width: number;
  today: Date;
  todayShown: boolean;
  milestones: GanttMilestone[];
  /** Finish of the critical path (the plan's latest finish). */
  finish: Date | null;
  counts: { tasks: number; shown: number; critical: number; slipped: number };
}

/** A task slips when it ends later than its baseline, or is not done past its planned end. */
export function slipOf(task: GanttTask, today: Date): Slip | null {
  const end = task.status === "DONE" && task.actualEnd ? task.actualEnd : task.plannedEnd;
  const baselineDays = task.baselineEnd ? Math.max(0, daysBetween(task.baselineEnd, end)) : 0;
  const overdue = isOverdue(task, today);
  return baselineDays > 0 || overdue ? { baselineDays, overdue } : null;
}

export function buildGanttModel(data: GanttData, filter: GanttFilter): GanttModel {
  const cpm = criticalPath(data.tasks.map((t) => ({ id: t.id, start: t.plannedStart, end: t.plannedEnd, predecessorIds: t.predecessorIds })));
  const byPhase = new Map<string, GanttRow[]>();
  let slipped = 0;
  for (const task of data.tasks) {
    const slip = slipOf(task, data.today);
    if (slip) slipped++;
    const critical = cpm.critical.has(task.id);
    if (filter.phase !== null && task.phaseCode !== filter.phase) continue;
    if (filter.criticalOnly && !critical) continue;
    const list = byPhase.get(task.phaseCode) ?? byPhase.set(task.phaseCode, []).get(task.phaseCode)!;
    list.push({ kind: "task", task, critical, totalFloat: cpm.timings.get(task.id)!.totalFloat, slip });
  }

  const rows: GanttRow[] = [];
  for (const phase of data.phases) {
    const tasks = byPhase.get(phase.code) ?? [];
    if (filter.phase !== null && phase.code !== filter.phase) continue;
    if (filter.criticalOnly && tasks.length === 0) continue;
    rows.push({ kind: "phase", phase }, ...tasks);
  }

  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => r.kind === "task" && rowOf.set(r.task.id, i));

  const { start, end, todayShown, milestones } = timeRange(data, rows, filter.phase !== null || filter.criticalOnly);
  const pxPerDay = PX_PER_DAY[filter.zoom];
  return {
    rows,
    rowOf,
    start,
    end,
    pxPerDay,
    width: (daysBetween(start, end) + 1) * pxPerDay,
    today: data.today,
    todayShown,
    milestones,
    finish: cpm.finish,
    counts: { tasks: data.tasks.length, shown: rowOf.size, critical: cpm.critical.size, slipped },
  };
}

// Today (and, in a filtered view, a milestone) joins the range when it is near the bars drawn: a
// line months away would squash them.
const REACH = 60 * 86_400_000;

/**
 * The days drawn: every date of the rows shown (all milestones too when nothing is filtered out),
 * from the Monday before the first to a week after the last.
 */
function timeRange(data: GanttData, rows: GanttRow[], filtered: boolean) {
  let min = Infinity;
  let max = -Infinity;
  const see = (d: Date | null) => {
    if (!d) return;
    const t = d.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  };
  for (const r of rows) {
    if (r.kind === "phase") {
      // A filtered view shows a phase as a heading; its bar would stretch the range for nothing.
      if (!filtered) {
        see(r.phase.plannedStart);
        see(r.phase.plannedEnd);
      }
      continue;
    }
    const t = r.task;
    see(t.plannedStart);
    see(t.plannedEnd);
    see(t.actualStart);
    see(t.actualEnd);
    see(t.baselineStart);
    see(t.baselineEnd);
  }
  const near = (d: Date) => min === Infinity || (d.getTime() >= min - REACH && d.getTime() <= max + REACH);
  const milestones = filtered ? data.milestones.filter((m) => near(m.date)) : data.milestones;
  for (const m of milestones) see(m.date);
  const todayShown = near(data.today);
  if (todayShown) see(data.today);
  if (min === Infinity) min = max = data.today.getTime();
  const first = new Date(min);
  const start = addDays(first, -((first.getUTCDay() + 6) % 7));
  return { start, end: addDays(new Date(max), 7), todayShown, milestones };
}
