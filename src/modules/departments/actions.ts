"use server";

import type { ActionResult } from "@/server/action";
import * as departments from "./definitions";

export async function createDepartmentAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return departments.createDepartment.invoke(form);
}
export async function updateDepartmentAction(_prev: ActionResult<{ version: number }> | null, form: FormData) {
  return departments.updateDepartment.invoke(form);
}
