import "server-only";
import { assertSafeMarkdown } from "@/lib/markdown";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";
import { tellIssuePeople } from "../notify";
import { ZAssign, ZMarkDuplicate, ZSetPriority, ZTransition } from "../schemas";
import { assignmentLabel, findVisibleIssue, moveIssue, recordEvent, recordResolution, refreshDeadlines } from "../service";
import { isDeskMove, isFirstResponseMove } from "../workflow";

function assertVersion(issue: { version: number }, version: number) {
  if (issue.version !== version) throw new ActionError("errors.conflict");
}

async function assertAssignable(ctx: ActionContext, assigneeId: string | null, groupId: string | null) {
  if (assigneeId) {
    const user = await ctx.tx.user.findFirst({ where: { id: assigneeId, active: true, role: { in: ["SUPPORT", "PROJECT_MANAGER"] } } });
    if (!user) throw new ActionError("issues.errors.assigneeUnavailable", {}, "assigneeId");
  }
  if (groupId && !(await ctx.tx.supportGroup.findFirst({ where: { id: groupId, active: true } }))) {
    throw new ActionError("issues.errors.groupUnavailable", {}, "groupId");
  }
}

export const assignIssue = defineAction({
  name: "issues.assign",
  permission: "issue.work",
  input: ZAssign,
  successMessage: "issues.assigned",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    assertVersion(issue, input.version);
    await assertAssignable(ctx, input.assigneeId, input.groupId);
    const { count } = await ctx.tx.issue.updateMany({
      where: { id: issue.id, version: input.version },
      data: { assigneeId: input.assigneeId, groupId: input.groupId, version: { increment: 1 } },
    });
    if (count === 0) throw new ActionError("errors.conflict");
    await recordEvent(
      ctx.tx, issue.id, ctx.actor.id, "ASSIGNED",
      await assignmentLabel(ctx.tx, issue.assigneeId, issue.groupId), await assignmentLabel(ctx.tx, input.assigneeId, input.groupId),
    );
    await ctx.audit({
      action: "assign", entityType: "Issue", entityId: issue.id,
      before: { assigneeId: issue.assigneeId, groupId: issue.groupId }, after: { assigneeId: input.assigneeId, groupId: input.groupId },
    });
    if (input.assigneeId && input.assigneeId !== issue.assigneeId) {
      await tellIssuePeople(ctx.tx, issue, "issue.assigned", { actorId: ctx.actor.id, to: [input.assigneeId], dedupe: `v${input.version}` });
    }
    return { version: input.version + 1 };
  },
});

export const setIssuePriority = defineAction({
  name: "issues.setPriority",
  permission: "issue.work",
  input: ZSetPriority,
  successMessage: "issues.prioritySaved",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    assertVersion(issue, input.version);
    if (issue.priority === input.priority) throw new ActionError("issues.errors.samePriority", {}, "priority");
    const { count } = await ctx.tx.issue.updateMany({
      where: { id: issue.id, version: input.version },
      data: { priority: input.priority, version: { increment: 1 } },
    });
    if (count === 0) throw new ActionError("errors.conflict");
    // New targets from now on; a breach already recorded stays recorded.
    await refreshDeadlines(ctx.tx, { ...issue, priority: input.priority });
    await recordEvent(ctx.tx, issue.id, ctx.actor.id, "PRIORITY", issue.priority, input.priority);
    await ctx.tx.issueComment.create({ data: { issueId: issue.id, authorId: ctx.actor.id, internal: true, body: input.reason } });
    await ctx.audit({ action: "prioritise", entityType: "Issue", entityId: issue.id, before: { priority: issue.priority }, after: { priority: input.priority, reason: input.reason } });
    return { version: input.version + 1 };
  },
});

export const transitionIssue = defineAction({
  name: "issues.transition",
  permission: "issue.work",
  input: ZTransition,
  successMessage: "issues.statusSaved",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    assertVersion(issue, input.version);
    if (!isDeskMove(issue.status, input.to)) {
      throw new ActionError("issues.errors.badMove", { from: issue.status, to: input.to }, "to");
    }
    // The reporter must read why the desk waits or what resolved it.
    if ((input.to === "WAITING_FOR_REPORTER" || input.to === "RESOLVED") && !input.comment) {
      throw new ActionError("issues.errors.commentRequired", {}, "comment");
    }
    if (input.comment) assertSafeMarkdown(input.comment, "comment");
    const { resuming, now } = await moveIssue(ctx, issue, input.to, {
      firstResponse: isFirstResponseMove(input.to),
      extra: input.to === "IN_PROGRESS" && !issue.assigneeId ? { assigneeId: ctx.actor.id } : {},
    });
    if (input.to === "RESOLVED") await recordResolution(ctx.tx, issue.id, now);
    if (input.comment) await ctx.tx.issueComment.create({ data: { issueId: issue.id, authorId: ctx.actor.id, body: input.comment, createdAt: now } });
    if (resuming) await refreshDeadlines(ctx.tx, issue);
    await ctx.audit({ action: "transition", entityType: "Issue", entityId: issue.id, before: { status: issue.status }, after: { status: input.to } });
    await tellIssuePeople(ctx.tx, issue, input.to === "RESOLVED" ? "issue.resolved" : "issue.statusChanged", {
      actorId: ctx.actor.id, to: "reporterSide", params: { status: input.to }, dedupe: `v${input.version}`,
    });
    return { version: input.version + 1 };
  },
});

export const markDuplicate = defineAction({
  name: "issues.markDuplicate",
  permission: "issue.work",
  input: ZMarkDuplicate,
  successMessage: "issues.merged",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    assertVersion(issue, input.version);
    if (issue.status === "CLOSED" || issue.status === "DUPLICATE") throw new ActionError("issues.errors.badMove", { from: issue.status, to: "DUPLICATE" });
    const target = await ctx.tx.issue.findUnique({ where: { number: input.duplicateOf }, select: { id: true, number: true, status: true, duplicateOfId: true } });
    if (!target) throw new ActionError("issues.errors.duplicateUnknown", { number: input.duplicateOf }, "duplicateOf");
    if (target.id === issue.id || target.duplicateOfId) throw new ActionError("issues.errors.duplicateSelf", {}, "duplicateOf");
    await moveIssue(ctx, issue, "DUPLICATE", { firstResponse: true, extra: { duplicateOfId: target.id, closedAt: new Date() } });
    // The reporter and watchers follow the surviving issue from now on.
    const followers = [issue.reporterId, ...(await ctx.tx.issueWatcher.findMany({ where: { issueId: issue.id }, select: { userId: true } })).map((w) => w.userId)];
    await ctx.tx.issueWatcher.createMany({ data: [...new Set(followers)].map((userId) => ({ issueId: target.id, userId })), skipDuplicates: true });
    await ctx.tx.issueComment.create({
      data: { issueId: target.id, authorId: ctx.actor.id, internal: true, body: `ISS-${issue.number} → ISS-${target.number}` },
    });
    await recordEvent(ctx.tx, issue.id, ctx.actor.id, "DUPLICATE", null, `ISS-${target.number}`);
    await recordEvent(ctx.tx, target.id, ctx.actor.id, "MERGED", `ISS-${issue.number}`, null);
    await ctx.audit({ action: "merge", entityType: "Issue", entityId: issue.id, before: { status: issue.status }, after: { status: "DUPLICATE", duplicateOf: target.id } });
    await tellIssuePeople(ctx.tx, issue, "issue.statusChanged", {
      actorId: ctx.actor.id, to: "reporterSide", params: { status: "DUPLICATE" }, dedupe: `dup:${target.id}`,
    });
    return { targetId: target.id };
  },
});
