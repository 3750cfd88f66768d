import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { day } from "@/modules/plan/dates";
import { columnHeader, translate } from "@/modules/plan/transfer/columns";
import { importPlanXlsx, type PlanImportResult } from "@/modules/plan/transfer/definitions";
import { exportPlanXlsx, planWorkbook } from "@/modules/plan/transfer/export";
import { loadPlanSnapshot } from "@/modules/plan/transfer/queries";
import { localizeRowError } from "@/modules/plan/transfer/validate";
import type { ActionResult } from "@/server/action";
import { comparable, formDataWith, resetPlanWorld, seedProject } from "../fixtures/plan-transfer";
import { actorOf, db, META } from "../support/db";

let world: Awaited<ReturnType<typeof resetPlanWorld>>;
let projectId: string;

beforeEach(async () => {
  world = await resetPlanWorld();
  projectId = (await seedProject(world.pm.id)).id;
});

async function exportBytes(locale: "zh-CN" | "en" = "zh-CN") {
  return planWorkbook((await loadPlanSnapshot(projectId))!, locale);
}

async function importAs(code: string, bytes: Buffer, fileName = "plan.xlsx", actor = world.pm) {
  return importPlanXlsx.execute(actor, formDataWith({ code, name: `导入 ${code}` }, { bytes, name: fileName }), META);
}

function created(r: ActionResult<PlanImportResult>) {
  if (!r.ok) throw new Error(`import failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  if (!r.data.created) throw new Error(`row errors: ${JSON.stringify(r.data.errors.slice(0, 5))}`);
  return r.data;
}

/** Opens an exported workbook, lets the test change cells of the plan sheet by column key, saves it. */
async function edited(bytes: Buffer, edit: (sheet: ExcelJS.Worksheet, col: (key: string) => number) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  edit(sheet, (key) => headers.indexOf(columnHeader(translate("zh-CN"), key)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Makes the seeded plan less uniform, so the round trip has something to carry. */
async function makeProgress() {
  const tasks = await db.task.findMany({ where: { projectId }, orderBy: { seq: "asc" } });
  await db.task.update({ where: { id: tasks[0]!.id }, data: { status: "DONE", progress: 100, actualStart: tasks[0]!.plannedStart, actualEnd: tasks[0]!.plannedEnd } });
  await db.task.update({ where: { id: tasks[1]!.id }, data: { status: "IN_PROGRESS", progress: 40, actualStart: tasks[1]!.plannedStart, description: "含 | 竖线, 逗号; 和\n换行" } });
  await db.task.update({ where: { id: tasks[2]!.id }, data: { status: "BLOCKED", ownerId: null } });
  await db.taskParticipant.create({ data: { taskId: tasks[3]!.id, userId: world.users.get("KEY_USER")!.id } });
  const deliverable = await db.deliverable.findFirstOrThrow({ where: { projectId, taskId: tasks[0]!.id } });
  await db.deliverable.update({ where: { id: deliverable.id }, data: { required: false, name: "纪要 | 第一版" } });
}

describe("xlsx round trip", () => {
  it("export then import gives the same plan (Chinese headers)", async () => {
    await makeProgress();
    const r = created(await importAs("HD-COPY", await exportBytes("zh-CN")));
    const [a, b] = [await loadPlanSnapshot(projectId), await loadPlanSnapshot(r.projectId)];
    expect(b!.project).toMatchObject({ code: "HD-COPY", name: "导入 HD-COPY" });
    expect(comparable(b!)).toEqual(comparable(a!));
    expect(r.taskCount).toBe(a!.phases.flatMap((p) => p.periods.flatMap((pe) => pe.tasks)).length);
    // The mixed-up cells really made it across.
    const tasks = b!.phases.flatMap((p) => p.periods.flatMap((pe) => pe.tasks));
    expect(tasks[1]).toMatchObject({ status: "IN_PROGRESS", progress: 40, description: "含 | 竖线, 逗号; 和\n换行" });
    expect(tasks[0]!.deliverables[0]).toMatchObject({ name: "纪要 | 第一版", required: false });
    expect(tasks[3]!.participantEmails).toEqual([world.users.get("KEY_USER")!.email]);

    const project = await db.project.findUniqueOrThrow({ where: { id: r.projectId } });
    expect(project.managerId).toBe(world.pm.id);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityType: "Project", entityId: r.projectId } });
    expect(entry).toMatchObject({ action: "importXlsx", actorId: world.pm.id });
  });

  it("reads English headers as well", async () => {
    const r = created(await importAs("HD-EN", await exportBytes("en")));
    expect(comparable((await loadPlanSnapshot(r.projectId))!)).toEqual(comparable((await loadPlanSnapshot(projectId))!));
  });

  it("writes real Excel dates and a read-me sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportBytes("zh-CN")) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["计划", "阶段与周期", "里程碑", "说明"]);
    const first = workbook.worksheets[0]!.getRow(2);
    expect(first.getCell(9).value).toEqual(day("2026-03-02"));
    expect(first.getCell(9).numFmt).toBe("yyyy-mm-dd");
  });

  it("finds the project for the download route, or says there is none", async () => {
    const file = await exportPlanXlsx(projectId, "en");
    expect(file?.fileName).toBe("HD-ERP-plan.xlsx");
    expect(await exportPlanXlsx("00000000-0000-0000-0000-000000000000", "en")).toBeNull();
  });
});

describe("refusing a bad file", () => {
  it("reports the row and column of every bad cell and writes nothing", async () => {
    const bytes = await edited(await exportBytes(), (sheet, col) => {
      sheet.getRow(3).getCell(col("owner")).value = "nobody@example.cn";
      sheet.getRow(5).getCell(col("plannedStart")).value = "2026-13-45";
      sheet.getRow(6).getCell(col("departments")).value = "sales, nowhere";
      sheet.getRow(7).getCell(col("deliverables")).value = "方案 | CHIEF | finance | 必需";
    });
    const [projects, audits] = [await db.project.count(), await db.auditLog.count()];
    const r = await importAs("HD-BAD", bytes);
    expect(r.ok).toBe(true);
    if (!r.ok || r.data.created) throw new Error("expected row errors");
    expect(r.data.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "owner", key: "planTransfer.errors.unknownUser" }),
        expect.objectContaining({ row: 5, column: "plannedStart", key: "planTransfer.errors.date" }),
        expect.objectContaining({ row: 6, column: "departments", key: "planTransfer.errors.unknownDepartment" }),
        expect.objectContaining({ row: 7, column: "deliverables", key: "planTransfer.errors.deliverableRole" }),
      ]),
    );
    expect(r.data.errors, JSON.stringify(r.data.errors)).toHaveLength(4);
    expect(localizeRowError(r.data.errors.find((e) => e.row === 3)!, translate("en"))).toEqual({
      sheet: "计划",
      row: 3,
      column: "Owner e-mail",
      message: "No active user has the e-mail “nobody@example.cn”.",
    });
    expect(await db.project.count()).toBe(projects);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses unknown and circular predecessors", async () => {
    const bytes = await edited(await exportBytes(), (sheet, col) => {
      sheet.getRow(2).getCell(col("predecessors")).value = "2"; // task 2 follows task 1 already
      sheet.getRow(4).getCell(col("predecessors")).value = "999";
    });
    const r = await importAs("HD-CYCLE", bytes);
    if (!r.ok || r.data.created) throw new Error("expected row errors");
    expect(r.data.errors.map((e) => [e.row, e.column, e.key])).toEqual(
      expect.arrayContaining([
        [4, "predecessors", "planTransfer.errors.unknownPredecessor"],
        [expect.any(Number), "predecessors", "planTransfer.errors.cycle"],
      ]),
    );
    expect(await db.project.count()).toBe(1);
  });

  it("refuses a taken code, a file that is no workbook, and a role without plan.edit", async () => {
    const bytes = await exportBytes();
    expect(await importAs("HD-ERP", bytes)).toMatchObject({ ok: false, fieldErrors: { code: "Another project has this code." } });
    expect(await importAs("HD-TXT", Buffer.from("not a workbook"))).toMatchObject({ ok: false, fieldErrors: { file: expect.stringContaining("not a valid .xlsx") } });
    expect(await importAs("HD-CSV", bytes, "plan.csv")).toMatchObject({ ok: false, fieldErrors: { file: expect.any(String) } });
    const keyUser = actorOf(world.users.get("KEY_USER")!);
    expect(await importAs("HD-KU", bytes, "plan.xlsx", keyUser)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await importPlanXlsx.execute(world.pm, formDataWith({ code: "X", name: "Y" }), META)).toMatchObject({ ok: false, fieldErrors: { file: "Required." } });
    expect(await db.project.count()).toBe(1);
  });
});

describe("a workbook made by hand", () => {
  it("imports a lone plan sheet, taking periods from the task rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["Task no.", "Phase code", "Week", "Period title", "Task", "Planned start", "Planned end", "Owner e-mail", "Predecessors", "Deliverables", "Status"]);
    sheet.addRow([1, "P1", "W1", "Kick-off", "Kick-off meeting", day("2026-04-06"), day("2026-04-06"), world.pm.email.toUpperCase(), null, "Minutes | executive", "Done"]);
    sheet.addRow([2, "P1", "W1", "Kick-off", "Interviews", "2026/4/7", "2026-04-08", null, "1", null, "进行中"]);
    sheet.addRow([3, "P2", "W2", "Design", "Blueprint", 46125, 46127, null, "1，2", "Blueprint | PROJECT_MANAGER | finance | optional", null]);
    const r = created(await importAs("HAND", Buffer.from(await workbook.xlsx.writeBuffer())));
    const plan = (await loadPlanSnapshot(r.projectId))!;
    expect(plan.phases.map((p) => [p.code, p.periods.map((pe) => [pe.label, pe.plannedStart, pe.plannedEnd])])).toEqual([
      ["P1", [["W1", day("2026-04-06"), day("2026-04-08")]]],
      ["P2", [["W2", day("2026-04-13"), day("2026-04-15")]]],
    ]);
    const tasks = plan.phases.flatMap((p) => p.periods.flatMap((pe) => pe.tasks));
    expect(tasks.map((t) => [t.seq, t.status, t.ownerEmail, t.predecessorSeqs])).toEqual([
      [1, "DONE", world.pm.email, []],
      [2, "IN_PROGRESS", null, [1]],
      [3, "NOT_STARTED", null, [1, 2]],
    ]);
    expect(tasks[0]!.deliverables).toEqual([{ name: "Minutes", acceptorRole: "EXECUTIVE", acceptorDepartment: null, required: true }]);
    expect(tasks[2]!.deliverables).toEqual([{ name: "Blueprint", acceptorRole: "PROJECT_MANAGER", acceptorDepartment: "finance", required: false }]);
    expect(plan.project).toMatchObject({ startDate: day("2026-04-06"), plannedGoLive: day("2026-04-15") });
  });
});
