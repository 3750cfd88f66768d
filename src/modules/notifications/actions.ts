"use server";

import type { ActionResult } from "@/server/action";
import * as n from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions/.
export async function markNotificationReadAction(_prev: ActionResult<null> | null, form: FormData) {
  return n.markNotificationRead.invoke(form);
}
export async function markAllNotificationsReadAction(_prev: ActionResult<{ count: number }> | null, form: FormData) {
  return n.markAllNotificationsRead.invoke(form);
}
export async function createTokenAction(_prev: ActionResult<{ id: string; token: string }> | null, form: FormData) {
  return n.createToken.invoke(form);
}
export async function revokeTokenAction(_prev: ActionResult<null> | null, form: FormData) {
  return n.revokeToken.invoke(form);
}
export async function createWebhookAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return n.createWebhook.invoke(form);
}
export async function updateWebhookAction(_prev: ActionResult<{ version: number }> | null, form: FormData) {
  return n.updateWebhook.invoke(form);
}
export async function setWebhookActiveAction(_prev: ActionResult<null> | null, form: FormData) {
  return n.setWebhookActive.invoke(form);
}
export async function deleteWebhookAction(_prev: ActionResult<null> | null, form: FormData) {
  return n.deleteWebhook.invoke(form);
}
export async function testWebhookAction(_prev: ActionResult<{ delivered: boolean; error: string | null }> | null, form: FormData) {
  return n.testWebhook.invoke(form);
}
export async function retryMessageAction(_prev: ActionResult<null> | null, form: FormData) {
  return n.retryMessage.invoke(form);
}
