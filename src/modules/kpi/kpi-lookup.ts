import "server-only";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { can } from "@/server/permissions";
import type { Actor } from "@/server/session";
import { dayOf } from "./logic";

/** What the audit log keeps of a KPI: every field a person can change, targets included. */
export const AUDITED = {
  id: true, code: true, nameZh: true, nameEn: true, definitionZh: true, definitionEn: true, unit: true, decimals: true,
  direction: true, frequency: true, source: true, computation: true, baselineValue: true, baselineDate: true,
  greenWithinPct: true, amberWithinPct: true, graceDays: true, ownerId: true, departmentId: true, active: true, version: true,
  targets: { select: { dueDate: true, value: true, labelZh: true, labelEn: true }, orderBy: { dueDate: "asc" as const } },
} as const;

export async function findKpi(tx: Tx, id: string) {
  const kpi = await tx.kpi.findUnique({ where: { id }, select: AUDITED });
  if (!kpi) throw new ActionError("kpi.errors.notFound");
  return kpi;
}

/** Values may be entered by the KPI's owner, or by anyone who manages KPIs. */
export function mayEnterValues(actor: Pick<Actor, "id" | "role">, kpi: { ownerId: string | null }): boolean {
  return can(actor.role, "kpi.value.enter") && (kpi.ownerId === actor.id || can(actor.role, "kpi.manage"));
}

/** The per-record rules of a value write: the caller's right to this KPI, and a KPI that takes manual values. */
export async function findKpiForValueWrite(tx: Tx, actor: Actor, kpiId: string) {
  const kpi = await tx.kpi.findUnique({
    where: { id: kpiId },
    select: { id: true, code: true, ownerId: true, source: true, frequency: true, active: true, baselineDate: true, createdAt: true },
  });
  if (!kpi) throw new ActionError("kpi.errors.notFound");
  if (!mayEnterValues(actor, kpi)) throw new ActionError("kpi.errors.notOwner");
  // The computation would overwrite a hand-entered value on its next run, and the number would lie meanwhile.
  if (kpi.source === "COMPUTED") throw new ActionError("kpi.errors.computedManual");
  if (!kpi.active) throw new ActionError("kpi.errors.archived");
  return { ...kpi, baselineDay: dayOf(kpi.baselineDate) };
}
