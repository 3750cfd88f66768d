"use server";

import type { ActionResult } from "@/server/action";
import * as support from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions.ts.
export async function sendDailyReportAction(_prev: ActionResult<{ id: string; webhooks: number; readers: number }> | null, form: FormData) {
  return support.sendDailyReport.invoke(form);
}
