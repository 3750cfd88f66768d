"use server";

import type { ActionResult } from "@/server/action";
import * as transfer from "./definitions";

// Thin entry point for the upload form (useActionState); the rules live in definitions.ts.
export async function importKpiValuesAction(_prev: ActionResult<transfer.ImportOutcome> | null, form: FormData) {
  return transfer.importKpiValues.invoke(form);
}
