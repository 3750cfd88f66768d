import { addDays, addMonths, addWorkingDays, firstOfNearestMonth, type DaySet } from "./dates";
import type { TemplateContent, TemplateTask } from "./template/types";

export interface ScheduledTask {
  key: string;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface ScheduledPeriod {
  phaseIndex: number;
  periodIndex: number;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface Schedule {
  periods: ScheduledPeriod[];
  tasks: Map<string, ScheduledTask>;
  phases: { plannedStart: Date; plannedEnd: Date }[];
  goLive: Date;
  hypercareEnd: Date;
}

/** Tasks in an order where every predecessor comes first; throws on a cycle. */
export function topologicalOrder<T extends { key: string; dependsOn: readonly string[] }>(tasks: readonly T[]): T[] {
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  const state = new Map<string, "visiting" | "done">();
  const out: T[] = [];
  const visit = (t: T, path: string[]) => {
    const s = state.get(t.key);
    if (s === "done") return;
    if (s === "visiting") throw new Error(`dependency cycle: ${[...path, t.key].join(" → ")}`);
    state.set(t.key, "visiting");
    for (const dep of t.dependsOn) {
      const p = byKey.get(dep);
      if (p) visit(p, [...path, t.key]);
    }
    state.set(t.key, "done");
    out.push(t);
  };
  for (const t of tasks) visit(t, []);
  return out;
}

/**
 * Dates for a template started on `start`: period N begins (startWeek-1) weeks after the start;
 * a task begins `startDay` working days into its period and lasts `workingDays`; a finish-to-start
 * dependency pushes a task after its predecessors' end (keeping its length).
 */
export function scheduleTemplate(content: TemplateContent, start: Date, holidays?: DaySet): Schedule {
  const periods: ScheduledPeriod[] = [];
  const raw: (TemplateTask & { earliest: Date })[] = [];
  content.phases.forEach((phase, phaseIndex) =>
    phase.periods.forEach((period, periodIndex) => {
      const periodStart = addDays(start, (period.startWeek - 1) * 7);
      const periodEnd = addDays(periodStart, period.weeks * 7 - 1);
      periods.push({ phaseIndex, periodIndex, plannedStart: periodStart, plannedEnd: periodEnd });
      for (const task of period.tasks) raw.push({ ...task, earliest: addWorkingDays(periodStart, task.startDay, holidays) });
    }),
  );

  const tasks = new Map<string, ScheduledTask>();
  for (const task of topologicalOrder(raw)) {
    let begin = task.earliest;
    for (const dep of task.dependsOn) {
      const p = tasks.get(dep);
      if (p && p.plannedEnd.getTime() >= begin.getTime()) begin = addWorkingDays(addDays(p.plannedEnd, 1), 0, holidays);
    }
    tasks.set(task.key, { key: task.key, plannedStart: begin, plannedEnd: addWorkingDays(begin, task.workingDays - 1, holidays) });
  }

  // A period or phase spans its own weeks and any task pushed beyond them.
  for (const p of periods) {
    for (const t of content.phases[p.phaseIndex]!.periods[p.periodIndex]!.tasks) {
      const s = tasks.get(t.key)!;
      if (s.plannedEnd > p.plannedEnd) p.plannedEnd = s.plannedEnd;
    }
  }
  const phases = content.phases.map((_, i) => {
    const own = periods.filter((p) => p.phaseIndex === i);
    return {
      plannedStart: new Date(Math.min(...own.map((p) => p.plannedStart.getTime()))),
      plannedEnd: new Date(Math.max(...own.map((p) => p.plannedEnd.getTime()))),
    };
  });
  const goLive = firstOfNearestMonth(addDays(start, (content.goLiveWeek - 1) * 7));
  return { periods, tasks, phases, goLive, hypercareEnd: addMonths(goLive, content.hypercareMonths) };
}
