import "server-only";
import ExcelJS from "exceljs";
import type { Locale } from "@/i18n/config";
import { LOCALES } from "@/i18n/config";
import { ROLES } from "@/server/permissions";
import { columnHeader, MILESTONE_COLUMNS, PERIOD_COLUMNS, PLAN_COLUMNS, sheetName, translate, type ColumnSpec, type SheetKey, type Translate } from "./columns";
import { formatDeliverables } from "./deliverables";
import { loadPlanSnapshot, type PlanSnapshot } from "./queries";

type Row = Record<string, string | number | Date | null>;

/** The plan as an .xlsx the import reads back: task rows, periods, milestones and a read-me sheet. */
export async function planWorkbook(plan: PlanSnapshot, locale: Locale): Promise<Buffer> {
  const t = translate(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  addSheet(workbook, t, "plan", PLAN_COLUMNS, taskRows(plan, t));
  addSheet(workbook, t, "periods", PERIOD_COLUMNS, periodRows(plan));
  addSheet(
    workbook,
    t,
    "milestones",
    MILESTONE_COLUMNS,
    plan.milestones.map((m) => ({ kind: t(`planTransfer.milestoneKind.${m.kind}`), name: m.name, date: m.date, achievedAt: m.achievedAt })),
  );
  addReadme(workbook, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The export for a project id, or null when there is no such project. */
export async function exportPlanXlsx(projectId: string, locale: Locale): Promise<{ buffer: Buffer; fileName: string } | null> {
  const plan = await loadPlanSnapshot(projectId);
  if (!plan) return null;
  const fileName = `${plan.project.code}-${translate(locale)("planTransfer.export.fileName")}.xlsx`;
  return { buffer: await planWorkbook(plan, locale), fileName };
}

function taskRows(plan: PlanSnapshot, t: Translate): Row[] {
  return plan.phases.flatMap((phase) =>
    phase.periods.flatMap((period) =>
      period.tasks.map((task) => ({
        phaseCode: phase.code,
        phaseName: phase.name,
        periodNo: period.seq,
        periodLabel: period.label,
        periodTitle: period.title,
        seq: task.seq,
        title: task.title,
        description: task.description,
        plannedStart: task.plannedStart,
        plannedEnd: task.plannedEnd,
        actualStart: task.actualStart,
        actualEnd: task.actualEnd,
        status: t(`planTransfer.status.${task.status}`),
        progress: task.progress,
        owner: task.ownerEmail,
        // ", " and not ",": Excel would read "1,234" as the number 1234.
        departments: task.departmentCodes.join(", "),
        people: task.participantEmails.join(", "),
        predecessors: task.predecessorSeqs.join(", "),
        deliverables: formatDeliverables(task.deliverables, t),
      })),
    ),
  );
}

function periodRows(plan: PlanSnapshot): Row[] {
  return plan.phases.flatMap((phase) =>
    phase.periods.map((period) => ({
      phaseCode: phase.code,
      phaseName: phase.name,
      phaseGoal: phase.goal,
      periodNo: period.seq,
      periodLabel: period.label,
      periodTitle: period.title,
      coreContent: period.coreContent,
      periodStart: period.plannedStart,
      periodEnd: period.plannedEnd,
    })),
  );
}

function addSheet(workbook: ExcelJS.Workbook, t: Translate, key: SheetKey, columns: readonly ColumnSpec[], rows: Row[]) {
  const sheet = workbook.addWorksheet(sheetName(t, key).slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: columnHeader(t, c.key), key: c.key, width: c.width }));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => row[c.key] ?? null));
    columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (c.kind === "date") cell.numFmt = "yyyy-mm-dd";
      cell.alignment = { vertical: "top", wrapText: c.kind === "wrap" };
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addReadme(workbook: ExcelJS.Workbook, t: Translate) {
  const sheet = workbook.addWorksheet(sheetName(t, "readme").slice(0, 31));
  sheet.columns = [{ width: 22 }, { width: 30 }, { width: 30 }, { width: 50 }];
  const example = formatDeliverables([{ name: t("planTransfer.readme.exampleName"), acceptorRole: "KEY_USER", acceptorDepartment: "finance", required: true }], t);
  const paragraph = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.font = { bold };
    row.height = bold ? 20 : Math.max(18, Math.ceil(text.length / 60) * 16);
  };
  paragraph(t("planTransfer.readme.title"), true);
  for (const key of ["intro", "planSheet", "dates", "people", "status", "deliverables", "periodsSheet", "milestonesSheet", "notIncluded"]) {
    paragraph(t(`planTransfer.readme.${key}`, { example, roles: ROLES.join(", ") }));
  }
  sheet.addRow([]);
  paragraph(t("planTransfer.readme.columnsTitle"), true);
  const [zh, en] = LOCALES.map(translate) as [Translate, Translate];
  const sheets: [SheetKey, readonly ColumnSpec[]][] = [["plan", PLAN_COLUMNS], ["periods", PERIOD_COLUMNS], ["milestones", MILESTONE_COLUMNS]];
  for (const [key, columns] of sheets) {
    for (const c of columns) sheet.addRow([sheetName(t, key), columnHeader(zh, c.key) + (c.required ? " *" : ""), columnHeader(en, c.key)]);
  }
}
