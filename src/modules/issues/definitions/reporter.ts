import "server-only";
import { assertSafeMarkdown } from "@/lib/markdown";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";
import { tellIssuePeople } from "../notify";
import { ZIssueRef, ZRate, ZReopen } from "../schemas";
import { findVisibleIssue, moveIssue, recordEvent, refreshDeadlines } from "../service";

// What only the reporter does: confirm the fix, reopen it, rate the support.
async function findOwnIssue(ctx: ActionContext, issueId: string) {
  const issue = await findVisibleIssue(ctx, issueId);
  if (issue.reporterId !== ctx.actor.id) throw new ActionError("issues.errors.reporterOnly");
  return issue;
}

export const confirmResolution = defineAction({
  name: "issues.confirm",
  permission: "issue.file",
  input: ZIssueRef,
  successMessage: "issues.confirmed",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findOwnIssue(ctx, input.issueId);
    if (issue.status !== "RESOLVED") throw new ActionError("issues.errors.notResolved");
    await moveIssue(ctx, issue, "CLOSED");
    await ctx.audit({ action: "confirm", entityType: "Issue", entityId: issue.id, before: { status: issue.status }, after: { status: "CLOSED" } });
    return { id: issue.id };
  },
});

export const reopenIssue = defineAction({
  name: "issues.reopen",
  permission: "issue.file",
  input: ZReopen,
  successMessage: "issues.reopened",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findOwnIssue(ctx, input.issueId);
    if (issue.status !== "RESOLVED" && issue.status !== "CLOSED") throw new ActionError("issues.errors.notResolved");
    assertSafeMarkdown(input.reason, "reason");
    const { now } = await moveIssue(ctx, issue, "REOPENED", {
      extra: { resolvedAt: null, closedAt: null, reopenCount: { increment: 1 }, csatScore: null, csatComment: null, csatAt: null },
    });
    await ctx.tx.issueComment.create({ data: { issueId: issue.id, authorId: ctx.actor.id, body: input.reason, createdAt: now } });
    // A new resolution clock (cycle) starts now; the escalation ladder runs again for it.
    await refreshDeadlines(ctx.tx, issue);
    await ctx.audit({ action: "reopen", entityType: "Issue", entityId: issue.id, before: { status: issue.status }, after: { status: "REOPENED", reason: input.reason } });
    await tellIssuePeople(ctx.tx, issue, "issue.reopened", { actorId: ctx.actor.id, to: "desk", dedupe: `r${issue.reopenCount + 1}` });
    return { id: issue.id };
  },
});

export const rateIssue = defineAction({
  name: "issues.rate",
  permission: "issue.file",
  input: ZRate,
  successMessage: "issues.rated",
  revalidate: ["/issues"],
  async handler(input, ctx) {
    const issue = await findOwnIssue(ctx, input.issueId);
    if (issue.status !== "CLOSED") throw new ActionError("issues.errors.rateAfterClose");
    if (issue.csatScore !== null) throw new ActionError("issues.errors.alreadyRated");
    if (input.comment) assertSafeMarkdown(input.comment, "comment");
    const { count } = await ctx.tx.issue.updateMany({
      where: { id: issue.id, csatScore: null },
      data: { csatScore: input.score, csatComment: input.comment || null, csatAt: new Date() },
    });
    if (count === 0) throw new ActionError("issues.errors.alreadyRated");
    await recordEvent(ctx.tx, issue.id, ctx.actor.id, "CSAT", null, String(input.score));
    await ctx.audit({ action: "rate", entityType: "Issue", entityId: issue.id, after: { score: input.score, comment: input.comment } });
    return { score: input.score };
  },
});
