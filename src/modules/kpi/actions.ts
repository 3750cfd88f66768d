"use server";

import type { ActionResult } from "@/server/action";
import * as kpi from "./definitions";

// Thin entry points for forms (useActionState); the rules live in definitions/.
export async function createKpiAction(_prev: ActionResult<{ id: string }> | null, form: FormData) {
  return kpi.createKpi.invoke(form);
}
export async function updateKpiAction(_prev: ActionResult<{ id: string; version: number }> | null, form: FormData) {
  return kpi.updateKpi.invoke(form);
}
export async function setKpiActiveAction(_prev: ActionResult<{ id: string; version: number }> | null, form: FormData) {
  return kpi.setKpiActive.invoke(form);
}
export async function enterKpiValueAction(_prev: ActionResult<{ kpiId: string; periodStart: string; corrected: boolean }> | null, form: FormData) {
  return kpi.enterKpiValue.invoke(form);
}
export async function deleteKpiValueAction(_prev: ActionResult<{ kpiId: string; periodStart: string }> | null, form: FormData) {
  return kpi.deleteKpiValue.invoke(form);
}
export async function pinKpiAction(_prev: ActionResult<{ kpiId: string; pinned: boolean }> | null, form: FormData) {
  return kpi.pinKpi.invoke(form);
}
export async function unpinKpiAction(_prev: ActionResult<{ kpiId: string; pinned: boolean }> | null, form: FormData) {
  return kpi.unpinKpi.invoke(form);
}
