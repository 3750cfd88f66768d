"use server";

import type { ActionResult } from "@/server/action";
import * as transfer from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions.ts.
export async function importPlanXlsxAction(_prev: ActionResult<transfer.PlanImportResult> | null, form: FormData) {
  return transfer.importPlanXlsx.invoke(form);
}
export async function saveProjectAsTemplateAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return transfer.saveProjectAsTemplate.invoke(form);
}
export async function importTemplateJsonAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return transfer.importTemplateJson.invoke(form);
}
