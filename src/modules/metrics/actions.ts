"use server";

import type { ActionResult } from "@/server/action";
import * as metrics from "./definitions";

// Thin entry point for the recompute button (useActionState); the rules live in definitions.ts.
export async function recomputeMetricsAction(_prev: ActionResult<{ issueStatRows: number; kpiValues: number }> | null, form: FormData) {
  return metrics.recomputeMetrics.invoke(form);
}
