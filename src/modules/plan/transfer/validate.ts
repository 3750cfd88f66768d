import type { z } from "zod";
import type { MilestoneKind, Role, TaskStatus } from "@/generated/prisma/enums";
import { cellText, splitList } from "./cells";
import { columnHeader, sheetName, type Translate } from "./columns";
import { parseDeliverables } from "./deliverables";
import type { RawSheet, RawWorkbook } from "./read-workbook";
import { ZMilestoneRow, ZPeriodRow, ZTaskRow, type PeriodRow, type TaskRow } from "./row-schemas";

// Every rule an imported plan must meet, checked on every row so that one import reports all the
// problems at once. Nothing here writes; the caller writes only when the error list is empty.

/**
 * One problem, as a message key and its parameters: the action result carries these and the form
 * shows them in the reader's language (see localizeRowError).
 */
export interface RowError {
  /** The sheet's name as it is in the file; null: the plan sheet, which is missing. */
  sheet: string | null;
  /** Excel row number; null for a problem with the whole sheet. */
  row: number | null;
  /** Column key (see columns.ts); null for a problem with the whole row or sheet. */
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

export function localizeRowError(e: RowError, t: Translate) {
  return { sheet: e.sheet ?? sheetName(t, "plan"), row: e.row, column: e.column && columnHeader(t, e.column), message: t(e.key, e.params) };
}

export interface ImportLookups {
  /** Active users only: a plan may not be handed to someone who left. */
  userId(email: string): string | undefined;
  departmentId(code: string): string | undefined;
}

export interface ImportedPeriod {
  key: string;
  phaseCode: string;
  label: string;
  title: string;
  coreContent: string;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface ImportedTask {
  periodKey: string;
  seq: number;
  title: string;
  description: string | null;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  status: TaskStatus;
  progress: number;
  ownerId: string | null;
  departmentIds: string[];
  userIds: string[];
  predecessorSeqs: number[];
  deliverables: { name: string; acceptorRole: Role; acceptorDepartmentId: string | null; required: boolean }[];
}

export interface ImportedPlan {
  phases: { code: string; name: string; goal: string }[];
  periods: ImportedPeriod[];
  tasks: ImportedTask[];
  milestones: { kind: MilestoneKind; name: string; date: Date; achievedAt: Date | null }[];
  startDate: Date;
  plannedGoLive: Date;
  actualGoLive: Date | null;
}

type Parsed<T> = { row: number; value: T };
type PeriodDef = ImportedPeriod & { row: number; no: number | null; order: number };

export function validatePlan(workbook: RawWorkbook, lookups: ImportLookups): { ok: true; plan: ImportedPlan } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (sheet: RawSheet | null, row: number | null, column: string | null, key: string, params?: Record<string, string | number>) =>
    errors.push({ sheet: sheet?.name ?? null, row, column, key: `planTransfer.errors.${key}`, ...(params ? { params } : {}) });

  const { plan: planSheet, periods: periodSheet, milestones: milestoneSheet } = workbook;
  if (!planSheet) return { ok: false, errors: [{ sheet: null, row: null, column: null, key: "planTransfer.errors.missingSheet" }] };
  for (const sheet of [planSheet, periodSheet, milestoneSheet]) {
    if (!sheet) continue;
    for (const key of sheet.missing) err(sheet, 1, key, "missingColumn");
    if (sheet.tooManyRows) err(sheet, null, null, "tooManyRows", { max: 5000 });
  }
  if (errors.length) return { ok: false, errors };

  const parse = <S extends z.ZodType>(sheet: RawSheet | null, schema: S): Parsed<z.output<S>>[] =>
    (sheet?.rows ?? []).flatMap(({ row, cells }) => {
      const r = schema.safeParse(cells);
      if (r.success) return [{ row, value: r.data }];
      for (const issue of r.error.issues) {
        // The cell helpers (cells.ts) report catalogue keys with parameters.
        const params = (issue as { params?: Record<string, string | number> }).params;
        const key = issue.message.startsWith("planTransfer.") ? issue.message : "errors.field.invalid";
        errors.push({ sheet: sheet!.name, row, column: String(issue.path[0]), key, ...(params ? { params } : {}) });
      }
      return [];
    });

  // Periods and phases: the periods sheet defines them when present, else the task rows do.
  const periods = new Map<string, PeriodDef>();
  const phases = new Map<string, { name: string; goal: string; row: number }>();
  const usePhase = (sheet: RawSheet, row: number, code: string, name: string, goal: string) => {
    const known = phases.get(code);
    if (!known) return void phases.set(code, { name, goal, row });
    if (!known.name && name) known.name = name;
    if (name && name !== known.name) err(sheet, row, "phaseName", "phaseMismatch", { code, expected: known.name });
    if (goal && known.goal && goal !== known.goal) err(sheet, row, "phaseGoal", "phaseMismatch", { code, expected: known.goal });
  };
  for (const { row, value: p } of parse(periodSheet, ZPeriodRow)) {
    const key = `#${p.periodNo}`;
    const other = periods.get(key);
    if (other) err(periodSheet, row, "periodNo", "duplicatePeriod", { no: p.periodNo, other: other.row });
    else periods.set(key, { ...fromPeriodRow(p), key, row, no: p.periodNo, order: periods.size });
    if (p.periodEnd < p.periodStart) err(periodSheet, row, "periodEnd", "endBeforeStart");
    usePhase(periodSheet!, row, p.phaseCode, p.phaseName, p.phaseGoal);
  }
  const fromSheet = periodSheet !== null;

  const tasks = parse(planSheet, ZTaskRow);
  const bySeq = new Map<number, Parsed<TaskRow>>();
  const imported: ImportedTask[] = [];
  for (const task of tasks) {
    const { row, value: r } = task;
    const at = (column: string, key: string, params?: Record<string, string | number>) => err(planSheet, row, column, key, params);
    const other = bySeq.get(r.seq);
    if (other) at("seq", "duplicateSeq", { seq: r.seq, other: other.row });
    else bySeq.set(r.seq, task);
    if (r.plannedEnd < r.plannedStart) at("plannedEnd", "endBeforeStart");
    if (r.actualEnd && !r.actualStart) at("actualStart", "actualEndWithoutStart");
    if (r.actualEnd && r.actualStart && r.actualEnd < r.actualStart) at("actualEnd", "endBeforeStart");

    const period = resolvePeriod(r, row, periods, fromSheet, at);
    usePhase(planSheet, row, r.phaseCode, r.phaseName, "");

    const ownerId = r.owner ? lookups.userId(r.owner) : null;
    if (ownerId === undefined) at("owner", "unknownUser", { value: r.owner! });
    const unknownDepartments = r.departments.filter((c) => !lookups.departmentId(c));
    if (unknownDepartments.length) at("departments", "unknownDepartment", { value: unknownDepartments.join(", ") });
    const unknownPeople = r.people.filter((e) => !lookups.userId(e));
    if (unknownPeople.length) at("people", "unknownUser", { value: unknownPeople.join(", ") });
    const deliverables = parseDeliverables(r.deliverables, (code) => Boolean(lookups.departmentId(code)));
    for (const p of deliverables.problems) at("deliverables", p.key, p.params);

    imported.push({
      periodKey: period?.key ?? "",
      seq: r.seq,
      title: r.title,
      description: r.description || null,
      plannedStart: r.plannedStart,
      plannedEnd: r.plannedEnd,
      actualStart: r.actualStart,
      actualEnd: r.actualEnd,
      status: r.status,
      progress: r.progress,
      ownerId: ownerId ?? null,
      departmentIds: r.departments.flatMap((c) => lookups.departmentId(c) ?? []),
      userIds: r.people.flatMap((e) => lookups.userId(e) ?? []),
      predecessorSeqs: r.predecessors,
      deliverables: deliverables.items.map(({ acceptorDepartment, ...d }) => ({ ...d, acceptorDepartmentId: acceptorDepartment ? (lookups.departmentId(acceptorDepartment) ?? null) : null })),
    });
  }
  if (planSheet.rows.length === 0) err(planSheet, null, null, "noTasks");
  // A row with a bad cell still has its number: its successors should not report it missing too.
  const parsedRows = new Set(tasks.map((task) => task.row));
  const unparsedSeqs = new Set(
    planSheet.rows.filter((r) => !parsedRows.has(r.row)).flatMap((r) => {
      const seq = ZTaskRow.shape.seq.safeParse(r.cells.seq);
      return seq.success ? [seq.data] : [];
    }),
  );
  checkPredecessors(tasks, bySeq, unparsedSeqs, (row, key, params) => err(planSheet, row, "predecessors", key, params));

  const milestones = parse(milestoneSheet, ZMilestoneRow).map((m) => m.value);
  if (errors.length) return { ok: false, errors };

  // Periods taken from task rows span their tasks.
  if (!fromSheet) {
    for (const p of periods.values()) {
      const own = imported.filter((task) => task.periodKey === p.key);
      p.plannedStart = new Date(Math.min(...own.map((task) => task.plannedStart.getTime())));
      p.plannedEnd = new Date(Math.max(...own.map((task) => task.plannedEnd.getTime())));
    }
  }
  const ordered = [...periods.values()].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity) || a.order - b.order);
  const phaseOrder = [...new Set(ordered.map((p) => p.phaseCode))];
  const startDate = new Date(Math.min(...ordered.map((p) => p.plannedStart.getTime())));
  const latestEnd = new Date(Math.max(...imported.map((task) => task.plannedEnd.getTime())));
  return {
    ok: true,
    plan: {
      phases: phaseOrder.map((code) => ({ code, name: phases.get(code)!.name || code, goal: phases.get(code)!.goal })),
      periods: ordered.map(({ key, phaseCode, label, title, coreContent, plannedStart, plannedEnd }) => ({ key, phaseCode, label, title, coreContent, plannedStart, plannedEnd })),
      tasks: imported,
      milestones,
      startDate,
      plannedGoLive: milestones.find((m) => m.kind === "PLANNED_GO_LIVE")?.date ?? latestEnd,
      actualGoLive: milestones.find((m) => m.kind === "ACTUAL_GO_LIVE")?.date ?? null,
    },
  };
}

function fromPeriodRow(p: PeriodRow) {
  return { phaseCode: p.phaseCode, label: p.periodLabel, title: p.periodTitle, coreContent: p.coreContent, plannedStart: p.periodStart, plannedEnd: p.periodEnd };
}

/** The task's period: by number, else by phase, label and title; rows of one period must agree. */
function resolvePeriod(r: TaskRow, row: number, periods: Map<string, PeriodDef>, fromSheet: boolean, at: (column: string, key: string, params?: Record<string, string | number>) => void) {
  const same = (p: PeriodDef) => p.phaseCode === r.phaseCode && p.label === r.periodLabel && p.title === r.periodTitle;
  let period: PeriodDef | undefined;
  if (r.periodNo !== null) period = periods.get(`#${r.periodNo}`);
  else if (fromSheet) {
    const matches = [...periods.values()].filter(same);
    if (matches.length === 1) period = matches[0];
    else return void at("periodNo", "required");
  } else period = periods.get(`${r.phaseCode}\u0000${r.periodLabel}\u0000${r.periodTitle}`);

  if (!period) {
    if (fromSheet) return void at("periodNo", "unknownPeriod", { no: r.periodNo ?? "" });
    const key = r.periodNo !== null ? `#${r.periodNo}` : `${r.phaseCode}\u0000${r.periodLabel}\u0000${r.periodTitle}`;
    const created: PeriodDef = { key, phaseCode: r.phaseCode, label: r.periodLabel, title: r.periodTitle, coreContent: "", plannedStart: r.plannedStart, plannedEnd: r.plannedEnd, row, no: r.periodNo, order: periods.size };
    periods.set(key, created);
    return created;
  }
  if (!same(period)) at(period.phaseCode !== r.phaseCode ? "phaseCode" : period.label !== r.periodLabel ? "periodLabel" : "periodTitle", "periodMismatch", { no: period.no ?? "", expected: `${period.phaseCode} / ${period.label} / ${period.title}` });
  return period;
}

function checkPredecessors(
  tasks: Parsed<TaskRow>[],
  bySeq: Map<number, Parsed<TaskRow>>,
  unparsedSeqs: Set<number>,
  report: (row: number, key: string, params?: Record<string, string | number>) => void,
) {
  const edges = new Map<number, number[]>();
  for (const { row, value: r } of tasks) {
    if (bySeq.get(r.seq)?.row !== row) continue; // a duplicate number is reported already
    for (const p of r.predecessors) {
      if (p === r.seq) report(row, "selfPredecessor");
      else if (!bySeq.has(p) && !unparsedSeqs.has(p)) report(row, "unknownPredecessor", { value: p });
    }
    edges.set(r.seq, r.predecessors.filter((p) => p !== r.seq && bySeq.has(p)));
  }
  for (const cycle of findCycles(edges)) report(bySeq.get(cycle[0]!)!.row, "cycle", { path: cycle.join(" → ") });
}

/** Each cycle once, as task numbers from a task back to itself. */
export function findCycles(edges: Map<number, number[]>): number[][] {
  const state = new Map<number, "open" | "done">();
  const stack: number[] = [];
  const cycles: number[][] = [];
  const visit = (n: number) => {
    state.set(n, "open");
    stack.push(n);
    for (const p of edges.get(n) ?? []) {
      if (state.get(p) === "open") cycles.push([...stack.slice(stack.indexOf(p)), p]);
      else if (!state.has(p)) visit(p);
    }
    stack.pop();
    state.set(n, "done");
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return cycles;
}

/** Every e-mail the workbook mentions, so the caller can look the users up in one query. */
export function mentionedEmails(workbook: RawWorkbook): string[] {
  const out = new Set<string>();
  for (const { cells } of workbook.plan?.rows ?? []) {
    for (const key of ["owner", "people"]) for (const e of splitList(cellText(cells[key] ?? null))) out.add(e.replace(/^mailto:/i, "").toLowerCase());
  }
  return [...out];
}
