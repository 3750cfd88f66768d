import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "@/i18n/messages";
import { addDays, day, isoDay } from "@/modules/plan/dates";
import { GanttView } from "@/modules/plan/gantt/gantt-view";
import { ganttLabels } from "@/modules/plan/gantt/labels";
import { getGanttData } from "@/modules/plan/gantt/query";
import { db, makeDepartment, makeUser, resetDatabase } from "../support/db";
import { makeProject, resetPlanTables, SEED_TEMPLATE } from "../support/plan";

let projectId: string;
let pmName: string;
const TODAY = day("2026-02-02");

beforeAll(async () => {
  await resetDatabase();
  await resetPlanTables();
  for (const code of ["management", "sales", "purchasing", "warehouse", "production", "engineering", "finance", "hr", "quality", "it"]) await makeDepartment(code);
  const pm = await makeUser("PROJECT_MANAGER");
  pmName = pm.name;
  for (const role of ["EXECUTIVE", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"] as const) await makeUser(role);
  projectId = (await makeProject(pm.id)).project.id;

  // An older baseline, then the latest one; after it the kickoff moves two days later.
  const tasks = await db.task.findMany({ where: { projectId }, select: { id: true, plannedStart: true, plannedEnd: true } });
  for (const [name, createdAt] of [["初始基线", new Date("2026-01-01T02:00:00Z")], ["立项基线", new Date("2026-01-04T17:00:00Z")]] as const) {
    await db.baseline.create({
      data: { projectId, name, createdById: pm.id, createdAt, tasks: { create: tasks.map((t) => ({ taskId: t.id, plannedStart: t.plannedStart, plannedEnd: name === "初始基线" ? addDays(t.plannedEnd, -1) : t.plannedEnd })) } },
    });
  }
  const kickoff = await db.task.findFirstOrThrow({ where: { projectId, seq: 1 } });
  await db.task.update({ where: { id: kickoff.id }, data: { plannedStart: addDays(kickoff.plannedStart, 2), plannedEnd: addDays(kickoff.plannedEnd, 2), status: "IN_PROGRESS", progress: 30, actualStart: kickoff.plannedStart } });
});

describe("the Gantt's data", () => {
  it("answers null for an unknown project", async () => {
    expect(await getGanttData("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("reads phases, tasks in plan order, milestones and the latest baseline", async () => {
    const data = (await getGanttData(projectId, { today: TODAY }))!;
    const templateTasks = SEED_TEMPLATE.phases.flatMap((p) => p.periods.flatMap((pe) => pe.tasks));
    expect(data.project.name).toBe("Project P-1");
    expect(data.phases.map((p) => p.code)).toEqual(SEED_TEMPLATE.phases.map((p) => p.code));
    expect(data.tasks.map((t) => t.seq)).toEqual(templateTasks.map((_, i) => i + 1));
    expect(data.milestones.map((m) => m.kind)).toEqual(["KICKOFF", "PLANNED_GO_LIVE", "HYPERCARE_END"]);
    // Saved 01:00 on 5 January in Shanghai: that is its day, not UTC's 4 January.
    expect(data.baseline).toEqual({ name: "立项基线", savedOn: day("2026-01-05") });
    expect(isoDay(data.today)).toBe("2026-02-02");
  });

  it("gives each task its phase, period, owner, dates, predecessors and baseline dates", async () => {
    const data = (await getGanttData(projectId, { today: TODAY }))!;
    const stored = await db.task.findMany({ where: { projectId }, include: { predecessors: true, owner: true, period: { include: { phase: true } } } });
    for (const t of data.tasks) {
      const s = stored.find((x) => x.id === t.id)!;
      expect(t).toMatchObject({ title: s.title, phaseCode: s.period.phase.code, periodLabel: s.period.label, ownerName: s.owner?.name ?? null, status: s.status, progress: s.progress });
      expect([isoDay(t.plannedStart), isoDay(t.plannedEnd)]).toEqual([isoDay(s.plannedStart), isoDay(s.plannedEnd)]);
      expect([...t.predecessorIds].sort()).toEqual(s.predecessors.map((p) => p.predecessorId).sort());
    }
    const kickoff = data.tasks[0]!;
    expect(kickoff).toMatchObject({ ownerName: pmName, status: "IN_PROGRESS", progress: 30 });
    expect(isoDay(kickoff.plannedStart)).toBe("2026-01-07");
    expect(isoDay(kickoff.actualStart!)).toBe("2026-01-05");
    expect(kickoff.actualEnd).toBeNull();
    expect([isoDay(kickoff.baselineStart!), isoDay(kickoff.baselineEnd!)]).toEqual(["2026-01-05", "2026-01-05"]);
    expect(data.tasks.every((t) => t.baselineEnd !== null)).toBe(true);
  });

  it("renders the chart for it: bars with titles, the slipped kickoff, milestones and today", async () => {
    const data = (await getGanttData(projectId, { today: TODAY }))!;
    const t = translator("zh-CN");
    const labels = ganttLabels((key, values) => t(`gantt.${key}` as never, values as never), "zh-CN");
    const html = renderToString(createElement(GanttView, { data, filter: { phase: null, criticalOnly: false, zoom: "week" }, labels }));
    expect(html).toContain("对照基线：立项基线（2026/01/05 保存）");
    expect(html).toContain("比基线晚 2 天完成");
    expect(html).toContain("计划上线");
    expect(html).toContain(">今天<");
    expect(html.match(/<rect [^>]*role="img"><title>#\d+ /g)?.length).toBe(data.tasks.length);
  });
});
