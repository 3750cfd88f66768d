import "server-only";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { assertSafeMarkdown } from "@/lib/markdown";
import { defineAction } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { AUDITED, findArticle } from "../article-lookup";
import { ZCreateArticle, ZSetArticleStatus, ZUpdateArticle } from "../schemas";


// Refused before anything is written, so a script in the text stores nothing.
function assertContent(input: { title: string; body: string; kind: string; videoUrl: string | null }) {
  assertSafeMarkdown(input.title, "title");
  assertSafeMarkdown(input.body, "body");
  if (input.kind === "VIDEO" && !input.videoUrl) throw new ActionError("help.errors.videoRequired", {}, "videoUrl");
}

/** Publishing stamps the first moment readers could see it; later re-publishing keeps "newest" honest. */
function statusChange(from: ArticleStatus | null, to: ArticleStatus) {
  return to === "PUBLISHED" && from !== "PUBLISHED" ? { status: to, publishedAt: new Date() } : { status: to };
}

export const createArticle = defineAction({
  name: "help.create",
  permission: "help.write",
  input: ZCreateArticle,
  successMessage: "help.messages.created",
  revalidate: ["/help"],
  async handler(input, { tx, actor, audit }) {
    assertContent(input);
    const { publish, ...fields } = input;
    const article = await tx.helpArticle.create({
      data: { ...fields, authorId: actor.id, ...statusChange(null, publish ? "PUBLISHED" : "DRAFT") },
      select: AUDITED,
    });
    await audit({ action: "create", entityType: "HelpArticle", entityId: article.id, after: article });
    return { id: article.id };
  },
});

export const updateArticle = defineAction({
  name: "help.update",
  permission: "help.write",
  input: ZUpdateArticle,
  successMessage: "help.messages.saved",
  revalidate: ["/help"],
  async handler(input, { tx, audit }) {
    const before = await findArticle(tx, input.id);
    assertContent(input);
    const { id, version, publish, ...fields } = input;
    const { count } = await tx.helpArticle.updateMany({
      where: { id, version },
      data: { ...fields, ...(publish ? statusChange(before.status, "PUBLISHED") : {}), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await findArticle(tx, id);
    await audit({ action: "update", entityType: "HelpArticle", entityId: id, before, after });
    return { id, version: after.version };
  },
});

const STATUS_AUDIT: Record<ArticleStatus, string> = { PUBLISHED: "publish", DRAFT: "unpublish", ARCHIVED: "archive" };

export const setArticleStatus = defineAction({
  name: "help.setStatus",
  permission: "help.write",
  input: ZSetArticleStatus,
  successMessage: "help.messages.statusChanged",
  revalidate: ["/help"],
  async handler(input, { tx, audit }) {
    const before = await findArticle(tx, input.id);
    // An article saved before the VIDEO rule, or edited by hand, must still not go live without its video.
    if (input.status === "PUBLISHED" && before.kind === "VIDEO" && !before.videoUrl) throw new ActionError("help.errors.videoRequired");
    const { count } = await tx.helpArticle.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...statusChange(before.status, input.status), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await findArticle(tx, input.id);
    await audit({
      action: before.status === "ARCHIVED" && input.status === "DRAFT" ? "restore" : STATUS_AUDIT[input.status],
      entityType: "HelpArticle",
      entityId: input.id,
      before: { status: before.status, publishedAt: before.publishedAt, version: before.version },
      after: { status: after.status, publishedAt: after.publishedAt, version: after.version },
    });
    return { id: input.id, version: after.version };
  },
});
