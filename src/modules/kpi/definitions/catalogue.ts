import "server-only";
import type { z } from "zod";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { rolesWith } from "@/server/permissions";
import { AUDITED, findKpi } from "../kpi-lookup";
import { ZCreateKpi, ZSetKpiActive, ZUpdateKpi } from "../schemas";
import { parseTargetRows } from "../target-rows";

type KpiInput = z.output<typeof ZCreateKpi>;
const day = (s: string | null) => (s ? new Date(`${s}T00:00:00.000Z`) : null);

/** The rules zod cannot see alone: thresholds in order, target rows, a unique code, a real owner and department. */
async function checkedFields(tx: Tx, input: KpiInput, selfId: string | null) {
  if (input.greenWithinPct > input.amberWithinPct) throw new ActionError("kpi.errors.thresholds", {}, "amberWithinPct");
  if ((input.baselineValue == null) !== (input.baselineDate == null)) {
    throw new ActionError("kpi.errors.baselinePair", {}, input.baselineValue == null ? "baselineValue" : "baselineDate");
  }
  const parsed = parseTargetRows(input.targets, input.baselineDate);
  if (!parsed.ok) throw new ActionError(`kpi.errors.target.${parsed.problem}`, { row: parsed.row }, "targets");
  const clash = await tx.kpi.findUnique({ where: { code: input.code }, select: { id: true } });
  if (clash && clash.id !== selfId) throw new ActionError("kpi.errors.codeTaken", { code: input.code }, "code");
  if (input.ownerId && !(await tx.user.findFirst({ where: { id: input.ownerId, active: true, role: { in: rolesWith("kpi.value.enter") } }, select: { id: true } }))) {
    throw new ActionError("kpi.errors.ownerUnknown", {}, "ownerId");
  }
  if (input.departmentId && !(await tx.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }))) {
    throw new ActionError("kpi.errors.departmentUnknown", {}, "departmentId");
  }
  const { targets: _rows, baselineDate, ...fields } = input;
  return { fields: { ...fields, baselineDate: day(baselineDate) }, targets: parsed.targets.map((t) => ({ ...t, dueDate: day(t.dueDate)! })) };
}

export const createKpi = defineAction({
  name: "kpi.create",
  permission: "kpi.manage",
  input: ZCreateKpi,
  successMessage: "kpi.messages.created",
  revalidate: ["/kpis"],
  async handler(input, { tx, audit }) {
    const { fields, targets } = await checkedFields(tx, input, null);
    const kpi = await tx.kpi.create({ data: { ...fields, targets: { create: targets } }, select: AUDITED });
    await audit({ action: "create", entityType: "Kpi", entityId: kpi.id, after: kpi });
    return { id: kpi.id };
  },
});

export const updateKpi = defineAction({
  name: "kpi.update",
  permission: "kpi.manage",
  input: ZUpdateKpi,
  successMessage: "kpi.messages.saved",
  revalidate: ["/kpis"],
  async handler(input, { tx, audit }) {
    const before = await findKpi(tx, input.id);
    const { id, version, ...rest } = input;
    const { fields, targets } = await checkedFields(tx, rest, id);
    // A computed KPI keeps its source: its values come from the computation, not from people.
    const source = before.source === "COMPUTED" ? "COMPUTED" : fields.source;
    const { count } = await tx.kpi.updateMany({ where: { id, version }, data: { ...fields, source, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await tx.kpiTarget.deleteMany({ where: { kpiId: id } });
    await tx.kpiTarget.createMany({ data: targets.map((t) => ({ ...t, kpiId: id })) });
    const after = await findKpi(tx, id);
    await audit({ action: "update", entityType: "Kpi", entityId: id, before, after });
    return { id, version: after.version };
  },
});

export const setKpiActive = defineAction({
  name: "kpi.setActive",
  permission: "kpi.manage",
  input: ZSetKpiActive,
  successMessage: "kpi.messages.statusChanged",
  revalidate: ["/kpis"],
  async handler(input, { tx, audit }) {
    const before = await findKpi(tx, input.id);
    const { count } = await tx.kpi.updateMany({ where: { id: input.id, version: input.version }, data: { active: input.active, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await audit({
      action: input.active ? "restore" : "archive",
      entityType: "Kpi",
      entityId: input.id,
      before: { active: before.active, version: before.version },
      after: { active: input.active, version: before.version + 1 },
    });
    return { id: input.id, version: before.version + 1 };
  },
});
