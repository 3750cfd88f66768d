import { z } from "zod";
import { MilestoneKind, TaskStatus } from "@/generated/prisma/enums";
import { choiceCell, choiceLookup, dateCell, requiredDateCell, emailCell, emailListCell, intCell, intListCell, listCell, optionalIntCell, textCell } from "./cells";

// One zod schema per sheet row: the cell-level rules (types, lengths, formats). Rules that need
// other rows or the database (unknown e-mails, predecessors, cycles) are in validate.ts.

const STATUSES = choiceLookup(Object.values(TaskStatus), (s) => `planTransfer.status.${s}`);
const MILESTONE_KINDS = choiceLookup(Object.values(MilestoneKind), (k) => `planTransfer.milestoneKind.${k}`);

export const ZTaskRow = z.object({
  phaseCode: textCell(10, true),
  phaseName: textCell(120),
  periodNo: optionalIntCell(1, 100_000, null),
  periodLabel: textCell(60, true),
  periodTitle: textCell(160, true),
  seq: intCell(1, 100_000),
  title: textCell(200, true),
  description: textCell(4000),
  plannedStart: requiredDateCell(),
  plannedEnd: requiredDateCell(),
  actualStart: dateCell(),
  actualEnd: dateCell(),
  status: choiceCell(STATUSES, "NOT_STARTED"),
  progress: optionalIntCell(0, 100, 0),
  owner: emailCell(),
  departments: listCell(),
  people: emailListCell(),
  predecessors: intListCell(),
  deliverables: textCell(20_000),
});

export const ZPeriodRow = z.object({
  phaseCode: textCell(10, true),
  phaseName: textCell(120, true),
  phaseGoal: textCell(2000),
  periodNo: intCell(1, 100_000),
  periodLabel: textCell(60, true),
  periodTitle: textCell(160, true),
  coreContent: textCell(2000),
  periodStart: requiredDateCell(),
  periodEnd: requiredDateCell(),
});

export const ZMilestoneRow = z.object({
  kind: choiceCell(MILESTONE_KINDS),
  name: textCell(120, true),
  date: requiredDateCell(),
  achievedAt: dateCell(),
});

export type TaskRow = z.output<typeof ZTaskRow>;
export type PeriodRow = z.output<typeof ZPeriodRow>;
export type MilestoneRow = z.output<typeof ZMilestoneRow>;
