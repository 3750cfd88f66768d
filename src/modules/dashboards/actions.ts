"use server";

import type { ActionResult } from "@/server/action";
import * as dashboards from "./definitions";

// Thin entry points for the monthly review's forms (useActionState); the rules live in definitions/.
export async function saveMonthlyReviewAction(_prev: ActionResult<{ id: string; version: number }> | null, form: FormData) {
  return dashboards.saveMonthlyReview.invoke(form);
}
export async function addMonthlyReviewActionAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return dashboards.addMonthlyReviewAction.invoke(form);
}
export async function updateMonthlyReviewActionAction(_prev: ActionResult<{ id: string; stamp: string }> | null, form: FormData) {
  return dashboards.updateMonthlyReviewAction.invoke(form);
}
export async function removeMonthlyReviewActionAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return dashboards.removeMonthlyReviewAction.invoke(form);
}
