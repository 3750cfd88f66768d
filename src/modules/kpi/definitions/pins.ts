import "server-only";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { MAX_PINS, ZPinKpi } from "../schemas";

export const pinKpi = defineAction({
  name: "kpi.pin",
  permission: "kpi.read",
  input: ZPinKpi,
  successMessage: "kpi.messages.pinned",
  revalidate: ["/kpis", "/"],
  async handler(input, { tx, actor, audit }) {
    const kpi = await tx.kpi.findUnique({ where: { id: input.kpiId }, select: { id: true, code: true, active: true } });
    if (!kpi) throw new ActionError("kpi.errors.notFound");
    if (!kpi.active) throw new ActionError("kpi.errors.archived");
    // Holding the user's row makes two pins clicked at once count one after the other (the limit holds).
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${actor.id}::uuid FOR UPDATE`;
    const pins = await tx.kpiPin.findMany({ where: { userId: actor.id }, select: { kpiId: true, position: true } });
    if (pins.some((p) => p.kpiId === kpi.id)) return { kpiId: kpi.id, pinned: true };
    if (pins.length >= MAX_PINS) throw new ActionError("kpi.errors.pinLimit", { max: MAX_PINS });
    const position = Math.max(0, ...pins.map((p) => p.position + 1));
    await tx.kpiPin.create({ data: { userId: actor.id, kpiId: kpi.id, position } });
    await audit({ action: "pin", entityType: "KpiPin", entityId: kpi.id, after: { code: kpi.code, position } });
    return { kpiId: kpi.id, pinned: true };
  },
});

export const unpinKpi = defineAction({
  name: "kpi.unpin",
  permission: "kpi.read",
  input: ZPinKpi,
  successMessage: "kpi.messages.unpinned",
  revalidate: ["/kpis", "/"],
  async handler(input, { tx, actor, audit }) {
    // Only the caller's own pin is ever touched: the user id comes from the session, not the form.
    const { count } = await tx.kpiPin.deleteMany({ where: { userId: actor.id, kpiId: input.kpiId } });
    if (count > 0) await audit({ action: "unpin", entityType: "KpiPin", entityId: input.kpiId });
    return { kpiId: input.kpiId, pinned: false };
  },
});
