"use server";

import type { ActionResult } from "@/server/action";
import * as issues from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions/.
type Prev<T> = ActionResult<T> | null;

export async function fileIssueAction(_: Prev<{ id: string; number: number }>, form: FormData) {
  return issues.fileIssue.invoke(form);
}
export async function commentAction(_: Prev<{ id: string }>, form: FormData) {
  return issues.addIssueComment.invoke(form);
}
export async function watchAction(_: Prev<{ watching: boolean }>, form: FormData) {
  return issues.watchIssue.invoke(form);
}
export async function assignAction(_: Prev<{ version: number }>, form: FormData) {
  return issues.assignIssue.invoke(form);
}
export async function setPriorityAction(_: Prev<{ version: number }>, form: FormData) {
  return issues.setIssuePriority.invoke(form);
}
export async function transitionAction(_: Prev<{ version: number }>, form: FormData) {
  return issues.transitionIssue.invoke(form);
}
export async function markDuplicateAction(_: Prev<{ targetId: string }>, form: FormData) {
  return issues.markDuplicate.invoke(form);
}
export async function confirmAction(_: Prev<{ id: string }>, form: FormData) {
  return issues.confirmResolution.invoke(form);
}
export async function reopenAction(_: Prev<{ id: string }>, form: FormData) {
  return issues.reopenIssue.invoke(form);
}
export async function rateAction(_: Prev<{ score: number }>, form: FormData) {
  return issues.rateIssue.invoke(form);
}
