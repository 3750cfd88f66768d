import { addDays, addWorkingDays, daysBetween, firstOfNearestMonth, workingDaysInclusive } from "../dates";
import type { TemplateInput } from "../template/types";
import type { PlanSnapshot, SnapshotPeriod } from "./queries";

// A project distilled back into a template: dates become weeks and working days relative to the
// project start, people become roles, dependencies refer to task keys. Instantiating the result on
// the same start date gives the same dates as long as no task was moved before its period.

export function templateFromPlan(plan: PlanSnapshot): TemplateInput | null {
  const start = plan.project.startDate;
  const phases = plan.phases
    .filter((phase) => phase.periods.length > 0)
    .map((phase) => ({
      code: phase.code,
      name: phase.name,
      goal: phase.goal.slice(0, 2000),
      gate: phase.gate.map((g) => ({ kind: g.kind, description: g.description, ...(g.threshold === null ? {} : { threshold: g.threshold }) })),
      periods: phase.periods.map((period) => templatePeriod(period, start)),
    }));
  if (phases.length === 0) return null;
  return {
    schemaVersion: 1,
    phases,
    cutover: plan.cutover.map((c) => ({ category: c.category, title: c.title, blocking: c.blocking, ...(c.ownerRole ? { ownerRole: c.ownerRole } : {}) })),
    goLiveWeek: goLiveWeek(start, plan.project.plannedGoLive),
    hypercareMonths: hypercareMonths(plan),
  };
}

function templatePeriod(period: SnapshotPeriod, projectStart: Date) {
  const startWeek = clamp(Math.floor(daysBetween(projectStart, period.plannedStart) / 7) + 1, 1, 260);
  const periodStart = addDays(projectStart, (startWeek - 1) * 7);
  return {
    label: period.label,
    title: period.title,
    coreContent: period.coreContent.slice(0, 2000),
    startWeek,
    weeks: periodWeeks(period, periodStart),
    tasks: period.tasks.map((t) => ({
      key: taskKey(t.seq),
      title: t.title,
      ...(t.description ? { description: t.description.slice(0, 4000) } : {}),
      // Working days from the period's first working day to the task's start.
      startDay: t.plannedStart < periodStart ? 0 : clamp(workingDaysInclusive(addWorkingDays(periodStart, 0), t.plannedStart) - 1, 0, 400),
      workingDays: clamp(workingDaysInclusive(t.plannedStart, t.plannedEnd), 1, 400),
      departments: t.departmentCodes,
      ...(t.ownerRole ? { ownerRole: t.ownerRole } : {}),
      dependsOn: t.predecessorSeqs.map(taskKey),
      deliverables: t.deliverables.map((d) => ({
        name: d.name,
        acceptorRole: d.acceptorRole,
        required: d.required,
        ...(d.acceptorDepartment ? { acceptorDepartment: d.acceptorDepartment } : {}),
      })),
    })),
  };
}

/**
 * Whole weeks of the period. Scheduling stretches a period to its last task's end, so a period
 * ending mid-week on a task's end was shorter in whole weeks; otherwise round up.
 */
function periodWeeks(period: SnapshotPeriod, periodStart: Date): number {
  const days = daysBetween(periodStart, period.plannedEnd) + 1;
  const stretched = period.tasks.some((t) => t.plannedEnd.getTime() === period.plannedEnd.getTime());
  const weeks = days % 7 === 0 ? days / 7 : stretched && days > 7 ? Math.floor(days / 7) : Math.ceil(days / 7);
  return clamp(weeks, 1, 260);
}

/** The week whose start rounds to the planned go-live (the first of a month), nearest the plain estimate. */
function goLiveWeek(start: Date, goLive: Date): number {
  const estimate = clamp(Math.round(daysBetween(start, goLive) / 7) + 1, 1, 260);
  for (let d = 0; d < 260; d++) {
    for (const w of [estimate - d, estimate + d]) {
      if (w >= 1 && w <= 260 && firstOfNearestMonth(addDays(start, (w - 1) * 7)).getTime() === goLive.getTime()) return w;
    }
  }
  return estimate;
}

function hypercareMonths(plan: PlanSnapshot): number {
  const end = plan.milestones.find((m) => m.kind === "HYPERCARE_END")?.date;
  if (!end) return 3;
  const goLive = plan.project.plannedGoLive;
  return clamp((end.getUTCFullYear() - goLive.getUTCFullYear()) * 12 + end.getUTCMonth() - goLive.getUTCMonth(), 0, 24);
}

const taskKey = (seq: number) => `t${seq}`;
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
