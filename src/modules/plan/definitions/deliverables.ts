import "server-only";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { can } from "@/server/permissions";
import { storeUpload } from "../evidence";
import { ZCutoverUpdate, ZDecideDeliverable, ZSubmitDeliverable } from "../schemas";

async function findDeliverable({ tx }: ActionContext, id: string) {
  const d = await tx.deliverable.findUnique({ where: { id }, include: { task: { select: { ownerId: true } } } });
  if (!d) throw new ActionError("errors.notFound");
  return d;
}

export const submitDeliverable = defineAction({
  name: "plan.submitDeliverable",
  permission: "plan.task.progress",
  input: ZSubmitDeliverable,
  successMessage: "plan.deliverable.submitted",
  revalidate: ["/plan"],
  async handler(input, ctx) {
    const d = await findDeliverable(ctx, input.id);
    if (d.task.ownerId !== ctx.actor.id && !can(ctx.actor.role, "plan.edit")) throw new ActionError("errors.plan.notTaskOwner");
    if (d.status === "SUBMITTED" || d.status === "ACCEPTED") throw new ActionError("errors.plan.deliverableState");
    const file = await storeUpload(ctx, ctx.rawFile("evidenceFile"));
    if (!file && !input.evidenceUrl && !d.evidenceUrl && !d.evidenceFileId) throw new ActionError("errors.plan.deliverableEvidenceRequired", {}, "evidenceUrl");
    const { count } = await ctx.tx.deliverable.updateMany({
      where: { id: d.id, version: input.version },
      data: { status: "SUBMITTED", evidenceUrl: input.evidenceUrl ?? d.evidenceUrl, evidenceFileId: file?.id ?? d.evidenceFileId, rejectionReason: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await ctx.tx.deliverableEvent.create({ data: { deliverableId: d.id, actorId: ctx.actor.id, fromStatus: d.status, toStatus: "SUBMITTED", note: input.note } });
    await ctx.audit({ action: "submit", entityType: "Deliverable", entityId: d.id, before: { status: d.status }, after: { status: "SUBMITTED", evidenceUrl: input.evidenceUrl, file: file?.fileName } });
    return null;
  },
});

export const decideDeliverable = defineAction({
  name: "plan.decideDeliverable",
  permission: "plan.deliverable.decide",
  input: ZDecideDeliverable,
  revalidate: ["/plan", "/"],
  async handler(input, ctx) {
    const d = await findDeliverable(ctx, input.id);
    // The deliverable names who accepts it: a role, and optionally that role within one department.
    if (d.acceptorRole !== ctx.actor.role || (d.acceptorDepartmentId && d.acceptorDepartmentId !== ctx.actor.departmentId)) {
      throw new ActionError("errors.plan.notAcceptor");
    }
    if (d.status !== "SUBMITTED") throw new ActionError("errors.plan.deliverableState");
    const { count } = await ctx.tx.deliverable.updateMany({
      where: { id: d.id, version: input.version },
      data: { status: input.decision, rejectionReason: input.decision === "REJECTED" ? input.reason : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await ctx.tx.deliverableEvent.create({ data: { deliverableId: d.id, actorId: ctx.actor.id, fromStatus: d.status, toStatus: input.decision, note: input.reason } });
    await ctx.audit({ action: input.decision === "ACCEPTED" ? "accept" : "reject", entityType: "Deliverable", entityId: d.id, before: { status: d.status }, after: { status: input.decision, reason: input.reason } });
    return null;
  },
});

export const updateCutoverItem = defineAction({
  name: "plan.updateCutoverItem",
  permission: "plan.task.progress",
  input: ZCutoverUpdate,
  successMessage: "plan.readiness.saved",
  revalidate: ["/plan"],
  async handler(input, ctx) {
    const before = await ctx.tx.cutoverItem.findUnique({ where: { id: input.id } });
    if (!before) throw new ActionError("errors.notFound");
    // The item's owner and the PM keep the checklist; an executive may step in to waive or reopen.
    if (before.ownerId !== ctx.actor.id && !can(ctx.actor.role, "plan.edit") && !can(ctx.actor.role, "plan.override")) throw new ActionError("errors.plan.notTaskOwner");
    if (input.status === "DONE" && !input.evidenceUrl && !input.evidenceNote) throw new ActionError("errors.plan.evidenceRequired", {}, "evidenceNote");
    // A waiver says why the item is not needed; waiving a blocking item is an executive's call.
    if (input.status === "WAIVED" && !input.evidenceNote) throw new ActionError("errors.plan.waiverReason", {}, "evidenceNote");
    if (input.status === "WAIVED" && before.blocking && !can(ctx.actor.role, "plan.override")) throw new ActionError("errors.plan.overrideNotAllowed", {}, "status");
    const { count } = await ctx.tx.cutoverItem.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, evidenceUrl: input.evidenceUrl, evidenceNote: input.evidenceNote, completedAt: input.status === "OPEN" ? null : new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await ctx.tx.cutoverItem.findUniqueOrThrow({ where: { id: input.id } });
    await ctx.audit({ action: "update", entityType: "CutoverItem", entityId: input.id, before, after });
    return null;
  },
});
