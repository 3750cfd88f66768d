import { beforeAll, describe, expect, it } from "vitest";
import { isoDay } from "@/modules/plan/dates";
import { db, makeDepartment, makeUser, resetDatabase } from "../support/db";
import { makeProject, resetPlanTables, SEED_TEMPLATE } from "../support/plan";

let projectId: string;

beforeAll(async () => {
  await resetDatabase();
  await resetPlanTables();
  for (const code of ["management", "sales", "purchasing", "warehouse", "production", "engineering", "finance", "hr", "quality", "it"]) await makeDepartment(code);
  const pm = await makeUser("PROJECT_MANAGER");
  for (const role of ["EXECUTIVE", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"] as const) await makeUser(role);
  projectId = (await makeProject(pm.id)).project.id;
});

describe("instantiating the seed-002 template", () => {
  it("creates every phase with its goal and gate criteria, in order", async () => {
    const phases = await db.phase.findMany({ where: { projectId }, orderBy: { seq: "asc" }, include: { gateCriteria: true } });
    expect(phases.map((p) => p.code)).toEqual(["1", "2a", "2b", "3", "4a", "4b"]);
    expect(phases[0]!.goal).toBe("明确需求，统一目标，完成系统和数据的初始化准备");
    expect(phases[2]!.gateCriteria.find((c) => c.kind === "SATISFACTION")?.threshold).toBe(85);
  });

  it("creates every week and period with its core content", async () => {
    const periods = await db.planPeriod.findMany({ where: { projectId }, orderBy: { seq: "asc" } });
    const expected = SEED_TEMPLATE.phases.flatMap((p) => p.periods.map((pe) => `${pe.label} ${pe.title}`));
    expect(periods.map((p) => `${p.label} ${p.title}`)).toEqual(expected);
    for (const w of ["第1周 项目启动与需求沟通", "第11周 上线前准备", "第12周 正式上线与现场支持（Hypercare）", "第13周 运行监控与交接"]) expect(expected).toContain(w);
  });

  it("creates every task with dates, an owner, departments and dependencies", async () => {
    const tasks = await db.task.findMany({ where: { projectId }, include: { participants: true, predecessors: true } });
    const templateTasks = SEED_TEMPLATE.phases.flatMap((p) => p.periods.flatMap((pe) => pe.tasks));
    expect(tasks.map((t) => t.title).sort()).toEqual(templateTasks.map((t) => t.title).sort());
    expect(tasks.every((t) => t.ownerId !== null)).toBe(true);
    expect(tasks.find((t) => t.title.startsWith("召开项目启动会"))!.participants.length).toBeGreaterThan(5);
    const deps = templateTasks.reduce((n, t) => n + t.dependsOn.length, 0);
    expect(tasks.reduce((n, t) => n + t.predecessors.length, 0)).toBe(deps);
    expect(isoDay(tasks.find((t) => t.title.startsWith("召开项目启动会"))!.plannedStart)).toBe("2026-01-05");
  });

  it("attaches every deliverable of the seed to its task, with its acceptor", async () => {
    const deliverables = await db.deliverable.findMany({ where: { projectId }, include: { task: true } });
    const names = deliverables.map((d) => d.name);
    for (const n of ["项目启动会议纪要", "管理需求概要", "业务流程图", "业务需求清单", "差异分析报告", "系统蓝图方案书", "基础数据导入模板", "可登录的ERP测试环境"]) expect(names).toContain(n);
    expect(deliverables.find((d) => d.name === "差异分析报告")).toMatchObject({ acceptorRole: "EXECUTIVE", status: "DRAFT" });
    expect(deliverables.find((d) => d.name === "项目启动会议纪要")!.task.title).toContain("启动会");
  });

  it("proposes go-live on the first of a month and creates the milestones and cutover checklist", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { milestones: true, cutoverItems: true } });
    expect(project.plannedGoLive.getUTCDate()).toBe(1);
    expect(project.milestones.map((m) => m.kind).sort()).toEqual(["HYPERCARE_END", "KICKOFF", "PLANNED_GO_LIVE"]);
    const titles = project.cutoverItems.map((c) => c.title).join("|");
    for (const w of ["期初库存", "期初应收", "期初应付", "逐条核对", "备份", "宣布", "值班表"]) expect(titles).toContain(w);
  });
});
