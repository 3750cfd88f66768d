import type { MilestoneKind, TaskStatus } from "@/generated/prisma/enums";

// What the Gantt reads from the database (query.ts) and draws (model.ts, markup.ts). Dates are
// calendar days at UTC midnight, as everywhere in the plan module (see ../dates.ts).

export interface GanttPhase {
  id: string;
  code: string;
  name: string;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface GanttTask {
  id: string;
  seq: number;
  title: string;
  phaseCode: string;
  periodLabel: string;
  ownerName: string | null;
  status: TaskStatus;
  progress: number;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  predecessorIds: readonly string[];
  /** From the project's latest baseline; null when there is none or the task was added after it. */
  baselineStart: Date | null;
  baselineEnd: Date | null;
}

export interface GanttMilestone {
  id: string;
  kind: MilestoneKind;
  name: string;
  date: Date;
  achievedAt: Date | null;
}

export interface GanttData {
  project: { id: string; code: string; name: string };
  /** Today's calendar date in the portal's time zone. */
  today: Date;
  phases: GanttPhase[];
  /** In plan order (seq). */
  tasks: GanttTask[];
  milestones: GanttMilestone[];
  /** The latest baseline, with the calendar day (portal time zone) it was saved. */
  baseline: { name: string; savedOn: Date } | null;
}
