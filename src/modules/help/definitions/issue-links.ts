import "server-only";
import { visibleIssuesWhere } from "@/modules/issues/access";
import { issueKey } from "@/modules/issues/constants";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { can, ROLES } from "@/server/permissions";
import type { Actor } from "@/server/session";
import { findArticle } from "../article-lookup";
import { articleBodyFromIssue } from "../from-issue";
import { ZCreateFromIssue, ZLinkIssue, ZUnlinkIssue } from "../schemas";

// The support desk's answers count as the solution; a reporter's "thanks, works now" does not.
const DESK_ROLES = ROLES.filter((r) => can(r, "issue.work"));

/** An issue the caller may see (help writers without the desk's rights see only their own and watched ones). */
async function findVisibleIssue(tx: Tx, actor: Actor, ref: { issueId?: string; issueNumber?: number }, field: string) {
  const issue = await tx.issue.findFirst({
    where: { ...(ref.issueId ? { id: ref.issueId } : { number: ref.issueNumber }), ...visibleIssuesWhere(actor) },
    select: { id: true, number: true, title: true, description: true, module: true, status: true, reporterId: true },
  });
  if (!issue) throw new ActionError("help.errors.issueNotFound", {}, field);
  return issue;
}

export const createArticleFromIssue = defineAction({
  name: "help.createFromIssue",
  permission: "help.write",
  input: ZCreateFromIssue,
  successMessage: "help.messages.createdFromIssue",
  revalidate: ["/help", "/issues"],
  async handler(input, { tx, actor, audit }) {
    const issue = await findVisibleIssue(tx, actor, { issueId: input.issueId }, "issueId");
    if (issue.status !== "RESOLVED" && issue.status !== "CLOSED") {
      throw new ActionError("help.errors.issueNotResolved", { key: issueKey(issue.number) });
    }
    // A second click opens the draft the first one made instead of writing the same article twice.
    const existing = await tx.helpArticle.findFirst({ where: { sourceIssueId: issue.id, status: { not: "ARCHIVED" } }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };

    // Internal notes are for the desk only: never copied into an article everyone can read.
    const solution = await tx.issueComment.findFirst({
      where: { issueId: issue.id, internal: false, authorId: { not: issue.reporterId }, author: { role: { in: DESK_ROLES } } },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true },
    });
    const article = await tx.helpArticle.create({
      data: {
        title: issue.title,
        body: articleBodyFromIssue({ key: issueKey(issue.number), description: issue.description }, solution?.body ?? null, input.locale),
        kind: "FAQ",
        module: issue.module,
        roles: [],
        status: "DRAFT",
        authorId: actor.id,
        sourceIssueId: issue.id,
        issueLinks: { create: { issueId: issue.id } },
      },
      select: { id: true, title: true, status: true, module: true, sourceIssueId: true },
    });
    await tx.issueEvent.create({ data: { issueId: issue.id, actorId: actor.id, kind: "ARTICLE_CREATED", toValue: article.id } });
    await audit({ action: "createFromIssue", entityType: "HelpArticle", entityId: article.id, after: { ...article, issue: issueKey(issue.number), solutionCommentId: solution?.id ?? null } });
    return { id: article.id, created: true };
  },
});

export const linkArticleIssue = defineAction({
  name: "help.linkIssue",
  permission: "help.write",
  input: ZLinkIssue,
  successMessage: "help.messages.linked",
  revalidate: ["/help", "/issues"],
  async handler(input, { tx, actor, audit }) {
    const article = await findArticle(tx, input.articleId);
    const issue = await findVisibleIssue(tx, actor, input, input.issueId ? "issueId" : "issueNumber");
    const key = { articleId_issueId: { articleId: article.id, issueId: issue.id } };
    if (await tx.helpArticleIssue.findUnique({ where: key })) {
      throw new ActionError("help.errors.alreadyLinked", { key: issueKey(issue.number) }, input.issueId ? "issueId" : "issueNumber");
    }
    await tx.helpArticleIssue.create({ data: { articleId: article.id, issueId: issue.id } });
    await tx.issueEvent.create({ data: { issueId: issue.id, actorId: actor.id, kind: "ARTICLE_LINKED", toValue: article.id } });
    await audit({ action: "linkIssue", entityType: "HelpArticle", entityId: article.id, after: { issue: issueKey(issue.number), issueId: issue.id } });
    return { articleId: article.id, issueId: issue.id };
  },
});

export const unlinkArticleIssue = defineAction({
  name: "help.unlinkIssue",
  permission: "help.write",
  input: ZUnlinkIssue,
  successMessage: "help.messages.unlinked",
  revalidate: ["/help", "/issues"],
  async handler(input, { tx, actor, audit }) {
    const article = await findArticle(tx, input.articleId);
    const issue = await findVisibleIssue(tx, actor, { issueId: input.issueId }, "issueId");
    const { count } = await tx.helpArticleIssue.deleteMany({ where: { articleId: article.id, issueId: issue.id } });
    if (count === 0) throw new ActionError("errors.notFound");
    await tx.issueEvent.create({ data: { issueId: issue.id, actorId: actor.id, kind: "ARTICLE_UNLINKED", fromValue: article.id } });
    await audit({ action: "unlinkIssue", entityType: "HelpArticle", entityId: article.id, before: { issue: issueKey(issue.number), issueId: issue.id } });
    return { articleId: article.id, issueId: issue.id };
  },
});
