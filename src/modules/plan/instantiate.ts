import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { scheduleTemplate } from "./schedule";
import type { TemplateContent } from "./template/types";

export interface NewProject {
  code: string;
  name: string;
  description?: string;
  startDate: Date;
  managerId: string;
  templateName?: string;
}

/**
 * Creates a project with every phase, period, task, deliverable, dependency, gate criterion,
 * milestone and cutover item of a template, dated from the start date. Task owners default to the
 * first active user holding the task's owner role (preferring the project manager for PM tasks);
 * participants are the template's departments.
 */
export async function createProjectFromTemplate(tx: Tx, content: TemplateContent, input: NewProject) {
  const schedule = scheduleTemplate(content, input.startDate);
  const departments = new Map((await tx.department.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  const owners = await defaultOwners(tx, input.managerId);

  const project = await tx.project.create({
    data: {
      code: input.code,
      name: input.name,
      description: input.description,
      startDate: input.startDate,
      plannedGoLive: schedule.goLive,
      managerId: input.managerId,
      templateName: input.templateName,
    },
  });

  const taskIds = new Map<string, string>();
  let periodSeq = 0;
  let taskSeq = 0;
  for (const [phaseIndex, phase] of content.phases.entries()) {
    const span = schedule.phases[phaseIndex]!;
    const createdPhase = await tx.phase.create({
      data: {
        projectId: project.id,
        seq: phaseIndex + 1,
        code: phase.code,
        name: phase.name,
        goal: phase.goal,
        plannedStart: span.plannedStart,
        plannedEnd: span.plannedEnd,
        gateCriteria: { create: phase.gate.map((g, i) => ({ seq: i + 1, kind: g.kind, description: g.description, threshold: g.threshold ?? null })) },
      },
    });
    for (const [periodIndex, period] of phase.periods.entries()) {
      const dates = schedule.periods.find((p) => p.phaseIndex === phaseIndex && p.periodIndex === periodIndex)!;
      const createdPeriod = await tx.planPeriod.create({
        data: {
          projectId: project.id,
          phaseId: createdPhase.id,
          seq: ++periodSeq,
          label: period.label,
          title: period.title,
          coreContent: period.coreContent,
          plannedStart: dates.plannedStart,
          plannedEnd: dates.plannedEnd,
        },
      });
      for (const task of period.tasks) {
        const when = schedule.tasks.get(task.key)!;
        const created = await tx.task.create({
          data: {
            projectId: project.id,
            periodId: createdPeriod.id,
            seq: ++taskSeq,
            title: task.title,
            description: [task.description, task.people ? `参与/负责人：${task.people}` : null].filter(Boolean).join("\n") || null,
            ownerId: task.ownerRole ? owners.pick(task.ownerRole, task.departments) : null,
            plannedStart: when.plannedStart,
            plannedEnd: when.plannedEnd,
            participants: {
              create: task.departments.filter((code) => departments.has(code)).map((code) => ({ departmentId: departments.get(code)! })),
            },
            deliverables: {
              create: task.deliverables.map((d) => ({
                projectId: project.id,
                name: d.name,
                required: d.required,
                acceptorRole: d.acceptorRole,
                acceptorDepartmentId: d.acceptorDepartment ? (departments.get(d.acceptorDepartment) ?? null) : null,
              })),
            },
          },
        });
        taskIds.set(task.key, created.id);
      }
    }
  }

  const dependencies = content.phases.flatMap((ph) =>
    ph.periods.flatMap((pe) => pe.tasks.flatMap((t) => t.dependsOn.map((dep) => ({ predecessorId: taskIds.get(dep)!, successorId: taskIds.get(t.key)! })))),
  );
  if (dependencies.length) await tx.taskDependency.createMany({ data: dependencies });

  await tx.milestone.createMany({
    data: [
      { projectId: project.id, kind: "KICKOFF", name: "项目启动", date: schedule.tasks.get(content.phases[0]!.periods[0]!.tasks[0]!.key)?.plannedStart ?? input.startDate },
      { projectId: project.id, kind: "PLANNED_GO_LIVE", name: "计划上线", date: schedule.goLive },
      { projectId: project.id, kind: "HYPERCARE_END", name: "Hypercare 结束", date: schedule.hypercareEnd },
    ],
  });
  if (content.cutover.length) {
    await tx.cutoverItem.createMany({
      data: content.cutover.map((c, i) => ({
        projectId: project.id,
        seq: i + 1,
        category: c.category,
        title: c.title,
        blocking: c.blocking,
        ownerId: c.ownerRole ? owners.pick(c.ownerRole, []) : null,
        dueDate: schedule.goLive,
      })),
    });
  }
  return { project, taskCount: taskSeq, periodCount: periodSeq };
}

/**
 * Default task owner: the project manager for PM tasks; otherwise an active user with the task's
 * owner role, preferably from one of the task's departments (the warehouse key user owns warehouse work).
 */
async function defaultOwners(tx: Tx, managerId: string) {
  const users = await tx.user.findMany({
    where: { active: true },
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: { id: true, role: true, department: { select: { code: true } } },
  });
  return {
    pick(role: Role, departments: readonly string[]): string | null {
      if (role === "PROJECT_MANAGER") return managerId;
      const candidates = users.filter((u) => u.role === role);
      return (candidates.find((u) => departments.includes(u.department.code)) ?? candidates[0])?.id ?? null;
    },
  };
}
