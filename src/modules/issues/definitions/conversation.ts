import "server-only";
import { assertSafeMarkdown } from "@/lib/markdown";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { can } from "@/server/permissions";
import { storeAttachments } from "../attachments";
import { isOpen } from "../constants";
import { tellIssuePeople } from "../notify";
import { ZComment, ZWatch } from "../schemas";
import { findVisibleIssue, moveIssue, recordEvent, recordFirstResponse, refreshDeadlines } from "../service";

export const addIssueComment = defineAction({
  name: "issues.comment",
  permission: "issue.file",
  input: ZComment,
  successMessage: "issues.commented",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    const desk = can(ctx.actor.role, "issue.work");
    if (input.internal && !desk) throw new ActionError("errors.forbidden");
    if (issue.status === "CLOSED" || issue.status === "DUPLICATE") throw new ActionError("issues.errors.closedForComments");
    assertSafeMarkdown(input.body, "body");
    const now = new Date();
    const comment = await ctx.tx.issueComment.create({
      data: { issueId: issue.id, authorId: ctx.actor.id, body: input.body, internal: input.internal, createdAt: now },
      select: { id: true },
    });
    await storeAttachments(ctx, issue.id, ctx.rawFiles("attachments"), comment.id);
    await recordEvent(ctx.tx, issue.id, ctx.actor.id, input.internal ? "NOTE" : "COMMENTED", null, null, now);
    // The reporter's reply ends the wait: the clocks resume and the issue goes back to the desk.
    if (issue.status === "WAITING_FOR_REPORTER" && ctx.actor.id === issue.reporterId) {
      await moveIssue(ctx, issue, "IN_PROGRESS");
      await refreshDeadlines(ctx.tx, issue);
    } else if (desk && !input.internal && !issue.firstRespondedAt && ctx.actor.id !== issue.reporterId && isOpen(issue.status)) {
      // A public answer from the desk is the first response.
      await ctx.tx.issue.update({ where: { id: issue.id }, data: { firstRespondedAt: now } });
      await recordFirstResponse(ctx.tx, issue.id, now);
    }
    await ctx.audit({ action: input.internal ? "note" : "comment", entityType: "Issue", entityId: issue.id, after: { commentId: comment.id } });
    await tellIssuePeople(ctx.tx, issue, "issue.commented", {
      actorId: ctx.actor.id,
      to: input.internal ? [issue.assigneeId].filter((u): u is string => Boolean(u)) : ctx.actor.id === issue.reporterId ? "desk" : "reporterSide",
      params: { author: ctx.actor.name },
      dedupe: comment.id,
    });
    return { id: comment.id };
  },
});

export const watchIssue = defineAction({
  name: "issues.watch",
  permission: "issue.file",
  input: ZWatch,
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findVisibleIssue(ctx, input.issueId);
    const key = { issueId_userId: { issueId: issue.id, userId: ctx.actor.id } };
    if (input.watch) await ctx.tx.issueWatcher.upsert({ where: key, create: { issueId: issue.id, userId: ctx.actor.id }, update: {} });
    else await ctx.tx.issueWatcher.deleteMany({ where: { issueId: issue.id, userId: ctx.actor.id } });
    await ctx.audit({ action: input.watch ? "watch" : "unwatch", entityType: "Issue", entityId: issue.id });
    return { watching: input.watch };
  },
});
