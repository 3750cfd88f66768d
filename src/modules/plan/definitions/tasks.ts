import "server-only";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { can } from "@/server/permissions";
import { day } from "../dates";
import { pushSuccessors, wouldCreateCycle } from "../reschedule";
import { ZAddComment, ZDependency, ZReportProgress, ZUpdateTask } from "../schemas";

const TASK_FIELDS = {
  id: true, projectId: true, seq: true, title: true, description: true, ownerId: true, plannedStart: true, plannedEnd: true,
  actualStart: true, actualEnd: true, status: true, progress: true, version: true,
} as const;

async function findTask({ tx }: ActionContext, id: string) {
  const task = await tx.task.findUnique({ where: { id }, select: TASK_FIELDS });
  if (!task) throw new ActionError("errors.notFound");
  return task;
}

/** The task's owner reports on it; the project manager may report on any task. */
function assertOwnerOrPlanner(ctx: ActionContext, ownerId: string | null) {
  if (ownerId !== ctx.actor.id && !can(ctx.actor.role, "plan.edit")) throw new ActionError("errors.plan.notTaskOwner");
}

export const updateTask = defineAction({
  name: "plan.updateTask",
  permission: "plan.edit",
  input: ZUpdateTask,
  successMessage: "plan.task.saved",
  revalidate: ["/plan"],
  async handler(input, ctx) {
    const before = await findTask(ctx, input.id);
    const plannedStart = day(input.plannedStart);
    const plannedEnd = day(input.plannedEnd);
    if (plannedEnd < plannedStart) throw new ActionError("errors.plan.endBeforeStart", {}, "plannedEnd");
    if (input.ownerId && !(await ctx.tx.user.findFirst({ where: { id: input.ownerId, active: true } }))) {
      throw new ActionError("errors.plan.ownerUnavailable", {}, "ownerId");
    }
    const { count } = await ctx.tx.task.updateMany({
      where: { id: input.id, version: input.version },
      data: { title: input.title, description: input.description, ownerId: input.ownerId, plannedStart, plannedEnd, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    if (input.userIds.length && (await ctx.tx.user.count({ where: { id: { in: input.userIds }, active: true } })) !== new Set(input.userIds).size) {
      throw new ActionError("errors.plan.ownerUnavailable", {}, "userIds");
    }
    // Participants are replaced as a whole: departments and people as chosen in the form.
    await ctx.tx.taskParticipant.deleteMany({ where: { taskId: input.id } });
    await ctx.tx.taskParticipant.createMany({
      data: [
        ...input.departmentIds.map((departmentId) => ({ taskId: input.id, departmentId })),
        ...[...new Set(input.userIds)].map((userId) => ({ taskId: input.id, userId })),
      ],
    });
    const after = await findTask(ctx, input.id);
    await ctx.audit({ action: "update", entityType: "Task", entityId: input.id, before, after: { ...after, departmentIds: input.departmentIds, userIds: input.userIds } });
    const pushed = await pushSuccessors(ctx.tx, before.projectId, input.id);
    for (const m of pushed) await ctx.audit({ action: "reschedule", entityType: "Task", entityId: m.id, before: m.from, after: m.to });
    return { version: after.version, pushed: pushed.length };
  },
});

export const reportProgress = defineAction({
  name: "plan.reportProgress",
  permission: "plan.task.progress",
  input: ZReportProgress,
  successMessage: "plan.task.progressSaved",
  revalidate: ["/plan", "/"],
  async handler(input, ctx) {
    const before = await findTask(ctx, input.id);
    assertOwnerOrPlanner(ctx, before.ownerId);
    for (const field of ["actualStart", "actualEnd"] as const) {
      if (input[field] && day(input[field]!) > ctx.today) throw new ActionError("errors.plan.actualInFuture", {}, field);
    }
    if (input.actualEnd && input.status !== "DONE") throw new ActionError("errors.plan.actualEndNeedsDone", {}, "actualEnd");
    const actualStart = input.actualStart ? day(input.actualStart) : input.status === "NOT_STARTED" ? null : (before.actualStart ?? ctx.today);
    const actualEnd = input.status === "DONE" ? (input.actualEnd ? day(input.actualEnd) : (before.actualEnd ?? ctx.today)) : null;
    if (actualStart && actualEnd && actualEnd < actualStart) throw new ActionError("errors.plan.endBeforeStart", {}, "actualEnd");
    const progress = input.status === "DONE" ? 100 : input.status === "NOT_STARTED" ? 0 : input.progress;
    const { count } = await ctx.tx.task.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, progress, actualStart, actualEnd, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await findTask(ctx, input.id);
    await ctx.audit({ action: "progress", entityType: "Task", entityId: input.id, before, after });
    return { version: after.version };
  },
});

export const addComment = defineAction({
  name: "plan.addComment",
  permission: "plan.task.progress",
  input: ZAddComment,
  revalidate: ["/plan"],
  async handler(input, ctx) {
    await findTask(ctx, input.taskId);
    const comment = await ctx.tx.taskComment.create({ data: { taskId: input.taskId, authorId: ctx.actor.id, body: input.body } });
    await ctx.audit({ action: "comment", entityType: "Task", entityId: input.taskId, after: { commentId: comment.id, body: input.body } });
    return { id: comment.id };
  },
});

export const addDependency = defineAction({
  name: "plan.addDependency",
  permission: "plan.edit",
  input: ZDependency,
  successMessage: "plan.task.dependencyAdded",
  revalidate: ["/plan"],
  async handler(input, ctx) {
    const [pred, succ] = await Promise.all([findTask(ctx, input.predecessorId), findTask(ctx, input.successorId)]);
    if (pred.projectId !== succ.projectId) throw new ActionError("errors.plan.otherProject", {}, "predecessorId");
    if (await wouldCreateCycle(ctx.tx, pred.id, succ.id)) throw new ActionError("errors.plan.cycle", {}, "predecessorId");
    await ctx.tx.taskDependency.upsert({ where: { predecessorId_successorId: input }, update: {}, create: input });
    await ctx.audit({ action: "addDependency", entityType: "Task", entityId: succ.id, after: { predecessor: pred.seq, successor: succ.seq } });
    const pushed = await pushSuccessors(ctx.tx, pred.projectId, pred.id);
    for (const m of pushed) await ctx.audit({ action: "reschedule", entityType: "Task", entityId: m.id, before: m.from, after: m.to });
    return { pushed: pushed.length };
  },
});

export const removeDependency = defineAction({
  name: "plan.removeDependency",
  permission: "plan.edit",
  input: ZDependency,
  revalidate: ["/plan"],
  async handler(input, ctx) {
    const { count } = await ctx.tx.taskDependency.deleteMany({ where: input });
    if (count === 0) throw new ActionError("errors.notFound");
    await ctx.audit({ action: "removeDependency", entityType: "Task", entityId: input.successorId, before: input });
    return null;
  },
});
