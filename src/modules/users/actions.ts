"use server";

import type { ActionResult } from "@/server/action";
import * as users from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions.ts.
export async function createUserAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return users.createUser.invoke(form);
}
export async function updateUserAction(_prev: ActionResult<{ version: number }> | null, form: FormData) {
  return users.updateUser.invoke(form);
}
export async function setUserActiveAction(_prev: ActionResult<{ version: number }> | null, form: FormData) {
  return users.setUserActive.invoke(form);
}
export async function resetPasswordAction(_prev: ActionResult<{ version: number }> | null, form: FormData) {
  return users.resetPassword.invoke(form);
}
export async function changeOwnPasswordAction(_prev: ActionResult<null> | null, form: FormData) {
  return users.changeOwnPassword.invoke(form);
}
