"use server";

import type { ActionResult } from "@/server/action";
import * as plan from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions/.
type Prev<T> = ActionResult<T> | null;

export async function createProjectAction(_: Prev<{ id: string }>, form: FormData) {
  return plan.createProject.invoke(form);
}
export async function updateTaskAction(_: Prev<{ version: number; pushed: number }>, form: FormData) {
  return plan.updateTask.invoke(form);
}
export async function reportProgressAction(_: Prev<{ version: number }>, form: FormData) {
  return plan.reportProgress.invoke(form);
}
export async function addCommentAction(_: Prev<{ id: string }>, form: FormData) {
  return plan.addComment.invoke(form);
}
export async function addDependencyAction(_: Prev<{ pushed: number }>, form: FormData) {
  return plan.addDependency.invoke(form);
}
export async function removeDependencyAction(_: Prev<null>, form: FormData) {
  return plan.removeDependency.invoke(form);
}
export async function submitDeliverableAction(_: Prev<null>, form: FormData) {
  return plan.submitDeliverable.invoke(form);
}
export async function decideDeliverableAction(_: Prev<null>, form: FormData) {
  return plan.decideDeliverable.invoke(form);
}
export async function recordGateReviewAction(_: Prev<{ id: string }>, form: FormData) {
  return plan.recordGateReview.invoke(form);
}
export async function updateGateCriterionAction(_: Prev<null>, form: FormData) {
  return plan.updateGateCriterion.invoke(form);
}
export async function startPhaseAction(_: Prev<null>, form: FormData) {
  return plan.startPhase.invoke(form);
}
export async function saveBaselineAction(_: Prev<{ id: string }>, form: FormData) {
  return plan.saveBaseline.invoke(form);
}
export async function updateCutoverItemAction(_: Prev<null>, form: FormData) {
  return plan.updateCutoverItem.invoke(form);
}
export async function recordGoLiveAction(_: Prev<null>, form: FormData) {
  return plan.recordGoLive.invoke(form);
}
