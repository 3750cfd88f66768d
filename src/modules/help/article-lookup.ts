import "server-only";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

// Kept out of definitions/: everything exported there is registered as a server action.

/** The fields an article's audit entries record. */
export const AUDITED = {
  id: true, title: true, body: true, kind: true, videoUrl: true, module: true, roles: true, status: true,
  sourceIssueId: true, publishedAt: true, version: true,
} as const;

/** An article inside an action's transaction, or the localized "not found". */
export async function findArticle(tx: Tx, id: string) {
  const article = await tx.helpArticle.findUnique({ where: { id }, select: AUDITED });
  if (!article) throw new ActionError("errors.notFound");
  return article;
}
