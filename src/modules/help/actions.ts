"use server";

import { currentLocale } from "@/i18n/locale";
import type { ActionResult } from "@/server/action";
import * as help from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions/.
export async function createArticleAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return help.createArticle.invoke(form);
}
export async function updateArticleAction(_prev: ActionResult<{ id: string; version: number }> | null, form: FormData) {
  return help.updateArticle.invoke(form);
}
export async function setArticleStatusAction(_prev: ActionResult<{ id: string; version: number }> | null, form: FormData) {
  return help.setArticleStatus.invoke(form);
}
/** The "write an article" button on a resolved issue: { issueId } → the new (or existing) draft's id. */
export async function createArticleFromIssue(_prev: ActionResult<{ id: string; created: boolean }> | null, form: FormData) {
  // The draft's section headings follow the language the writer is using.
  form.set("locale", await currentLocale());
  return help.createArticleFromIssue.invoke(form);
}
export async function linkArticleIssueAction(_prev: ActionResult<{ articleId: string; issueId: string }> | null, form: FormData) {
  return help.linkArticleIssue.invoke(form);
}
export async function unlinkArticleIssueAction(_prev: ActionResult<{ articleId: string; issueId: string }> | null, form: FormData) {
  return help.unlinkArticleIssue.invoke(form);
}
