import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db";
import type { ImportedPlan } from "./validate";

/**
 * Writes a validated plan as a new project in a handful of bulk inserts. Ids are made here so
 * that every level can be inserted with createMany instead of one statement per row.
 */
export async function writeImportedPlan(tx: Tx, plan: ImportedPlan, project: { code: string; name: string; managerId: string }) {
  const created = await tx.project.create({
    data: { ...project, startDate: plan.startDate, plannedGoLive: plan.plannedGoLive, actualGoLive: plan.actualGoLive },
  });
  const projectId = created.id;

  const phaseIds = new Map(plan.phases.map((p) => [p.code, randomUUID()]));
  await tx.phase.createMany({
    data: plan.phases.map((phase, i) => {
      // A phase spans its periods, as when a plan is made from a template.
      const own = plan.periods.filter((p) => p.phaseCode === phase.code);
      return {
        id: phaseIds.get(phase.code)!,
        projectId,
        seq: i + 1,
        code: phase.code,
        name: phase.name,
        goal: phase.goal,
        plannedStart: new Date(Math.min(...own.map((p) => p.plannedStart.getTime()))),
        plannedEnd: new Date(Math.max(...own.map((p) => p.plannedEnd.getTime()))),
      };
    }),
  });

  const periodIds = new Map(plan.periods.map((p) => [p.key, randomUUID()]));
  await tx.planPeriod.createMany({
    data: plan.periods.map((p, i) => ({
      id: periodIds.get(p.key)!,
      projectId,
      phaseId: phaseIds.get(p.phaseCode)!,
      seq: i + 1,
      label: p.label,
      title: p.title,
      coreContent: p.coreContent,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
    })),
  });

  const taskIds = new Map(plan.tasks.map((t) => [t.seq, randomUUID()]));
  await tx.task.createMany({
    data: plan.tasks.map((t) => ({
      id: taskIds.get(t.seq)!,
      projectId,
      periodId: periodIds.get(t.periodKey)!,
      seq: t.seq,
      title: t.title,
      description: t.description,
      ownerId: t.ownerId,
      plannedStart: t.plannedStart,
      plannedEnd: t.plannedEnd,
      actualStart: t.actualStart,
      actualEnd: t.actualEnd,
      status: t.status,
      progress: t.progress,
    })),
  });

  const participants = plan.tasks.flatMap((t) => [
    ...[...new Set(t.departmentIds)].map((departmentId) => ({ taskId: taskIds.get(t.seq)!, departmentId })),
    ...[...new Set(t.userIds)].map((userId) => ({ taskId: taskIds.get(t.seq)!, userId })),
  ]);
  if (participants.length) await tx.taskParticipant.createMany({ data: participants });

  const dependencies = plan.tasks.flatMap((t) => t.predecessorSeqs.map((p) => ({ predecessorId: taskIds.get(p)!, successorId: taskIds.get(t.seq)! })));
  if (dependencies.length) await tx.taskDependency.createMany({ data: dependencies });

  // Deliverables have no position column; creation time keeps the order they were listed in.
  const base = Date.now();
  const deliverables = plan.tasks.flatMap((t) => t.deliverables.map((d) => ({ ...d, projectId, taskId: taskIds.get(t.seq)! })));
  if (deliverables.length) await tx.deliverable.createMany({ data: deliverables.map((d, i) => ({ ...d, createdAt: new Date(base + i) })) });

  if (plan.milestones.length) await tx.milestone.createMany({ data: plan.milestones.map((m) => ({ ...m, projectId })) });

  return { projectId, counts: { phases: plan.phases.length, periods: plan.periods.length, tasks: plan.tasks.length, deliverables: deliverables.length } };
}
