import { beforeEach, describe, expect, it } from "vitest";
import { createProjectFromTemplate } from "@/modules/plan/instantiate";
import { ZTemplateContent } from "@/modules/plan/template/types";
import { importTemplateJson, saveProjectAsTemplate } from "@/modules/plan/transfer/definitions";
import { loadPlanSnapshot } from "@/modules/plan/transfer/queries";
import { templateJsonFile } from "@/modules/plan/transfer/template-file";
import { comparable, formDataWith, resetPlanWorld, seedProject, START } from "../fixtures/plan-transfer";
import { actorOf, db, META } from "../support/db";

let world: Awaited<ReturnType<typeof resetPlanWorld>>;
let projectId: string;

beforeEach(async () => {
  world = await resetPlanWorld();
  projectId = (await seedProject(world.pm.id)).id;
});

async function saveAsTemplate(name: string) {
  const r = await saveProjectAsTemplate.execute(world.pm, { projectId, name, description: "从项目保存" }, META);
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.planTemplate.findUniqueOrThrow({ where: { id: r.data.id } });
}

const importJson = (json: string, name = "", fileName = "template.json") =>
  importTemplateJson.execute(world.pm, formDataWith({ name }, { bytes: json, name: fileName }), META);

describe("saving a project as a template", () => {
  it("gives a template that instantiates to the same plan on the same start date", async () => {
    const template = await saveAsTemplate("华鼎模板");
    expect(template).toMatchObject({ builtIn: false, createdById: world.pm.id, description: "从项目保存" });
    const content = ZTemplateContent.parse(template.content);
    const { project } = await db.$transaction(
      (tx) => createProjectFromTemplate(tx, content, { code: "COPY", name: "copy", startDate: START, managerId: world.pm.id }),
      { timeout: 30_000 },
    );
    const [a, b] = [await loadPlanSnapshot(projectId), await loadPlanSnapshot(project.id)];
    expect(comparable(b!, { withGatesAndCutover: true })).toEqual(comparable(a!, { withGatesAndCutover: true }));
    expect(await db.auditLog.findFirst({ where: { entityType: "PlanTemplate", entityId: template.id, action: "saveFromProject" } })).not.toBeNull();
  });

  it("refuses a taken name, an unknown project and a role without plan.edit", async () => {
    await saveAsTemplate("同名");
    expect(await saveProjectAsTemplate.execute(world.pm, { projectId, name: "同名" }, META)).toMatchObject({ ok: false, fieldErrors: { name: "A template with this name exists already." } });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await saveProjectAsTemplate.execute(world.pm, { projectId: unknown, name: "x" }, META)).toMatchObject({ ok: false, error: "The record does not exist or was deleted." });
    const trainer = actorOf(world.users.get("TRAINER")!);
    expect(await saveProjectAsTemplate.execute(trainer, { projectId, name: "y" }, META)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await db.planTemplate.count()).toBe(1);
  });
});

describe("templates as JSON", () => {
  it("exports a template and imports it back under the file's name or a new one", async () => {
    const template = await saveAsTemplate("导出模板");
    const file = (await templateJsonFile(template.id))!;
    expect(file.fileName).toBe("导出模板.json");
    expect(JSON.parse(file.json)).toMatchObject({ name: "导出模板", schemaVersion: 1 });

    expect(await importJson(file.json)).toMatchObject({ ok: false, fieldErrors: { name: "A template with this name exists already." } });
    const r = await importJson(file.json, "导入的模板");
    expect(r.ok).toBe(true);
    const imported = await db.planTemplate.findUniqueOrThrow({ where: { name: "导入的模板" } });
    expect(imported.content).toEqual(template.content);
    expect(imported.description).toBe("从项目保存");
    expect(await db.auditLog.count({ where: { entityType: "PlanTemplate", action: "importJson" } })).toBe(1);
    expect(await templateJsonFile("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("refuses broken JSON, invalid content with the paths at fault, cycles and other file types", async () => {
    expect(await importJson("{ not json", "a")).toMatchObject({ ok: false, fieldErrors: { file: "The file is not valid JSON." } });

    const invalid = JSON.stringify({ schemaVersion: 1, goLiveWeek: 0, phases: [{ code: "1", name: "P", goal: "", periods: [{ label: "W1", title: "", coreContent: "", startWeek: 1, weeks: 1, tasks: [] }] }] });
    const r = await importJson(invalid, "b");
    expect(r).toMatchObject({ ok: false, fieldErrors: { file: expect.stringContaining("phases.0.periods.0.title") } });
    expect(r.ok === false && r.fieldErrors?.file).toContain("goLiveWeek");

    const task = (key: string, dependsOn: string[]) => ({ key, title: key, dependsOn });
    const cyclic = JSON.stringify({ schemaVersion: 1, goLiveWeek: 2, phases: [{ code: "1", name: "P", goal: "", periods: [{ label: "W1", title: "T", coreContent: "", startWeek: 1, weeks: 1, tasks: [task("a", ["b"]), task("b", ["a"])] }] }] });
    expect(await importJson(cyclic, "c")).toMatchObject({ ok: false, fieldErrors: { file: "The task dependencies of the template form a cycle." } });

    expect(await importJson("{}", "d", "template.txt")).toMatchObject({ ok: false, fieldErrors: { file: "Choose a .json file." } });
    expect(await importJson(JSON.stringify({ ...JSON.parse(cyclic), phases: [] }), "")).toMatchObject({ ok: false });
    const support = actorOf(world.users.get("SUPPORT")!);
    expect(await importTemplateJson.execute(support, formDataWith({ name: "e" }, { bytes: "{}", name: "t.json" }), META)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await db.planTemplate.count()).toBe(0);
  });
});
