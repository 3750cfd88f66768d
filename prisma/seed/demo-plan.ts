import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, addWorkingDays, isoDay } from "../../src/modules/plan/dates";
import { createProjectFromTemplate } from "../../src/modules/plan/instantiate";
import { ensureBuiltInTemplates } from "../../src/modules/plan/template/builtin";
import { SEED_002_TEMPLATE, SEED_002_TEMPLATE_NAME } from "../../src/modules/plan/template/seed-002";
import { ZTemplateContent } from "../../src/modules/plan/template/types";
import { demoEmail } from "./demo-company";

export const DEMO_PROJECT_CODE = "HD-ERP-2026";

// Tasks that did not go to plan, so the portal shows what a real week 12 looks like.
const SLIPPED = new Set(["w2-bom-qc", "w5-bom", "w9-scenarios"]); // finished 2 working days late
const BLOCKED = "w6-reports"; // custom reports waiting on management's requirements
const LINGERING = "w10-issues"; // UAT issues still being closed
const WAITING = new Set(["生产环境备份记录", "上线通知"]); // submitted, awaiting acceptance

/**
 * A rollout in hypercare: started eleven weeks before this week's Monday, so today is in week 12,
 * went live at the start of week 12, with history before it (slips, a blocked task, gate reviews).
 */
export async function seedDemoPlan(prisma: PrismaClient, today: Date): Promise<boolean> {
  if (await prisma.project.findUnique({ where: { code: DEMO_PROJECT_CODE } })) return false;
  await ensureBuiltInTemplates(prisma);
  const pm = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail("pm") } });
  const exec = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail("exec") } });
  const monday = addDays(today, -((today.getUTCDay() + 6) % 7));
  const start = addDays(monday, -11 * 7);
  const goLive = monday;

  await prisma.$transaction(async (tx) => {
    const { project } = await createProjectFromTemplate(tx, ZTemplateContent.parse(SEED_002_TEMPLATE), {
      code: DEMO_PROJECT_CODE,
      name: "华鼎精化 ERP 上线项目",
      description: "配方BOM、批次追溯与质检流程的一体化管理；16周上线，当前处于上线后 Hypercare 支持期。",
      startDate: start,
      managerId: pm.id,
      templateName: SEED_002_TEMPLATE_NAME,
    });
    const baseline = await tx.baseline.create({ data: { projectId: project.id, name: "立项基线", createdById: pm.id, createdAt: start } });
    await tx.$executeRaw`INSERT INTO "BaselineTask" ("baselineId","taskId","plannedStart","plannedEnd") SELECT ${baseline.id}::uuid, id, "plannedStart", "plannedEnd" FROM "Task" WHERE "projectId" = ${project.id}::uuid`;

    const tasks = await tx.task.findMany({ where: { projectId: project.id }, include: { deliverables: true } });
    const keyOf = new Map<string, string>();
    for (const phase of ZTemplateContent.parse(SEED_002_TEMPLATE).phases)
      for (const period of phase.periods) for (const t of period.tasks) keyOf.set(t.title, t.key);
    for (const task of tasks) {
      const key = keyOf.get(task.title) ?? "";
      const finished = task.plannedEnd < today;
      const started = task.plannedStart <= today;
      let data: Record<string, unknown>;
      if (key === BLOCKED) data = { status: "BLOCKED", progress: 60, actualStart: task.plannedStart };
      else if (key === LINGERING) data = { status: "IN_PROGRESS", progress: 85, actualStart: task.plannedStart };
      else if (finished) {
        const end = SLIPPED.has(key) ? addWorkingDays(task.plannedEnd, 2) : task.plannedEnd;
        data = { status: "DONE", progress: 100, actualStart: task.plannedStart, actualEnd: end < today ? end : task.plannedEnd };
        if (SLIPPED.has(key)) data.plannedEnd = end < today ? end : task.plannedEnd;
      } else if (started) {
        const span = Math.max(1, task.plannedEnd.getTime() - task.plannedStart.getTime());
        data = { status: "IN_PROGRESS", progress: Math.min(90, Math.max(10, Math.round(((today.getTime() - task.plannedStart.getTime()) / span) * 100 / 5) * 5)), actualStart: task.plannedStart };
      } else continue;
      await tx.task.update({ where: { id: task.id }, data });

      for (const d of task.deliverables) {
        const waiting = WAITING.has(d.name);
        if (!(data.status === "DONE" || waiting)) continue;
        const submittedAt = new Date(`${isoDay(task.plannedEnd)}T09:30:00+08:00`);
        await tx.deliverableEvent.create({ data: { deliverableId: d.id, actorId: task.ownerId ?? pm.id, fromStatus: "DRAFT", toStatus: "SUBMITTED", at: submittedAt, note: "已上传至项目共享盘" } });
        if (!waiting) {
          await tx.deliverableEvent.create({ data: { deliverableId: d.id, actorId: d.acceptorRole === "EXECUTIVE" ? exec.id : pm.id, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", at: addDays(submittedAt, 1) } });
        }
        await tx.deliverable.update({ where: { id: d.id }, data: { status: waiting ? "SUBMITTED" : "ACCEPTED", evidenceUrl: `https://pan.hdchem.cn/erp/${encodeURIComponent(d.name)}` } });
      }
    }

    const phases = await tx.phase.findMany({ where: { projectId: project.id }, orderBy: { seq: "asc" } });
    const reviews: [string, "PASS" | "PASS_WITH_CONDITIONS", string | null][] = [
      ["1", "PASS", null],
      ["2a", "PASS_WITH_CONDITIONS", "专项报表待管理层确认需求后于上线后两周内完成"],
      ["2b", "PASS_WITH_CONDITIONS", "UAT 遗留的非阻断问题在 Hypercare 期间关闭；满意度 88%"],
    ];
    for (const phase of phases) {
      const review = reviews.find((r) => r[0] === phase.code);
      if (review) {
        await tx.gateReview.create({ data: { phaseId: phase.id, decision: review[1], conditions: review[2], decidedById: exec.id, decidedAt: new Date(`${isoDay(addDays(phase.plannedEnd, -1))}T16:00:00+08:00`), criteria: { seeded: true } } });
        await tx.gateCriterion.updateMany({ where: { phaseId: phase.id }, data: { met: true } });
      }
      if (["1", "2a", "2b", "3"].includes(phase.code)) await tx.phase.update({ where: { id: phase.id }, data: { startedAt: new Date(`${isoDay(phase.plannedStart)}T09:00:00+08:00`), startedById: pm.id } });
    }
    await tx.gateCriterion.updateMany({ where: { phaseId: phases.find((p) => p.code === "2b")!.id, kind: "SATISFACTION" }, data: { actual: 88 } });

    await tx.cutoverItem.updateMany({ where: { projectId: project.id }, data: { dueDate: addDays(goLive, -3), status: "DONE", completedAt: new Date(`${isoDay(addDays(goLive, -3))}T18:00:00+08:00`), evidenceNote: "已核对并签字确认" } });
    await tx.project.update({ where: { id: project.id }, data: { status: "HYPERCARE", plannedGoLive: goLive, actualGoLive: goLive } });
    await tx.milestone.updateMany({ where: { projectId: project.id, kind: "PLANNED_GO_LIVE" }, data: { date: goLive, achievedAt: goLive } });
    await tx.milestone.updateMany({ where: { projectId: project.id, kind: "KICKOFF" }, data: { achievedAt: start } });
    await tx.milestone.create({ data: { projectId: project.id, kind: "ACTUAL_GO_LIVE", name: "实际上线", date: goLive, achievedAt: goLive } });

    const blocked = tasks.find((t) => keyOf.get(t.title) === BLOCKED)!;
    await tx.taskComment.create({ data: { taskId: blocked.id, authorId: pm.id, body: "管理层尚未确认专项报表口径（毛利按批次还是按配方），已列入周例会议题。" } });
  }, { timeout: 120_000 });
  return true;
}
