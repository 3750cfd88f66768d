import "server-only";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { findKpiForValueWrite } from "../kpi-lookup";
import { grainOf, periodStart, toDay } from "../logic";
import { ZDeleteKpiValue, ZEnterKpiValue } from "../schemas";
import { deleteKpiValue as deleteValue, writeKpiValues } from "../values";

function storedValue(tx: Tx, kpiId: string, day: string) {
  return tx.kpiValue.findUnique({
    where: { kpiId_periodStart: { kpiId, periodStart: new Date(`${day}T00:00:00.000Z`) } },
    select: { id: true, periodStart: true, value: true, note: true, origin: true, enteredById: true, version: true },
  });
}

export const enterKpiValue = defineAction({
  name: "kpi.value.enter",
  permission: "kpi.value.enter",
  input: ZEnterKpiValue,
  successMessage: "kpi.messages.valueSaved",
  revalidate: ["/kpis"],
  async handler(input, { tx, actor, today, audit }) {
    const kpi = await findKpiForValueWrite(tx, actor, input.kpiId);
    // Whatever day was picked, the value belongs to the period holding it (the picker snaps too).
    const period = periodStart(input.periodStart, grainOf(kpi.frequency));
    if (period > toDay(today)) throw new ActionError("kpi.errors.futurePeriod", {}, "periodStart");
    const before = await storedValue(tx, kpi.id, period);
    if (before && input.version !== undefined && before.version !== input.version) throw new ConflictError();
    await writeKpiValues(tx, kpi.id, [{ periodStart: period, value: input.value, note: input.note }], "MANUAL", actor.id);
    const after = await storedValue(tx, kpi.id, period);
    await audit({
      action: before ? "correctValue" : "enterValue",
      entityType: "KpiValue",
      entityId: kpi.id,
      before: before ? { ...before, code: kpi.code } : null,
      after: after ? { ...after, code: kpi.code } : null,
    });
    return { kpiId: kpi.id, periodStart: period, corrected: Boolean(before) };
  },
});

export const deleteKpiValue = defineAction({
  name: "kpi.value.delete",
  permission: "kpi.value.enter",
  input: ZDeleteKpiValue,
  successMessage: "kpi.messages.valueDeleted",
  revalidate: ["/kpis"],
  async handler(input, { tx, actor, audit }) {
    const kpi = await findKpiForValueWrite(tx, actor, input.kpiId);
    const before = await storedValue(tx, kpi.id, input.periodStart);
    if (!before) throw new ActionError("kpi.errors.valueNotFound");
    if (before.version !== input.version) throw new ConflictError();
    await deleteValue(tx, kpi.id, input.periodStart);
    await audit({ action: "deleteValue", entityType: "KpiValue", entityId: kpi.id, before: { ...before, code: kpi.code } });
    return { kpiId: kpi.id, periodStart: input.periodStart };
  },
});
