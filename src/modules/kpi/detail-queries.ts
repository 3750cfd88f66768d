import "server-only";
import { db } from "@/server/db";
import { dayOf } from "./logic";

/** One KPI with everything its page shows, or null for an unknown id. */
export function getKpi(id: string) {
  return db.kpi.findUnique({
    where: { id },
    include: {
      targets: { orderBy: { dueDate: "asc" } },
      owner: { select: { id: true, name: true } },
      department: { select: { id: true, nameZh: true, nameEn: true } },
    },
  });
}
export type KpiDetail = NonNullable<Awaited<ReturnType<typeof getKpi>>>;

/** The form's view of a KPI: days as "YYYY-MM-DD". */
export function editableKpi(k: KpiDetail) {
  return {
    id: k.id, version: k.version, code: k.code, nameZh: k.nameZh, nameEn: k.nameEn, definitionZh: k.definitionZh, definitionEn: k.definitionEn,
    unit: k.unit, decimals: k.decimals, direction: k.direction, frequency: k.frequency, source: k.source, computation: k.computation,
    baselineValue: k.baselineValue, baselineDate: dayOf(k.baselineDate), greenWithinPct: k.greenWithinPct, amberWithinPct: k.amberWithinPct,
    graceDays: k.graceDays, ownerId: k.ownerId, departmentId: k.departmentId,
    targets: k.targets.map((t) => ({ dueDate: dayOf(t.dueDate)!, value: t.value, labelZh: t.labelZh, labelEn: t.labelEn })),
  };
}

/** One page of a KPI's values, newest period first, with who entered them. */
export async function listKpiValues(kpiId: string, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db.kpiValue.findMany({
      where: { kpiId },
      orderBy: { periodStart: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, periodStart: true, value: true, note: true, origin: true, version: true, updatedAt: true, enteredBy: { select: { name: true } } },
    }),
    db.kpiValue.count({ where: { kpiId } }),
  ]);
  return { rows, total };
}

/** Every value of a KPI for the Excel export, newest first (3 years of daily values is ~1,100 rows). */
export function exportKpiValues(kpiId: string) {
  return db.kpiValue.findMany({
    where: { kpiId },
    orderBy: { periodStart: "desc" },
    take: 50_000,
    select: { periodStart: true, value: true, note: true, origin: true, updatedAt: true, enteredBy: { select: { name: true } } },
  });
}

export function isPinned(userId: string, kpiId: string) {
  return db.kpiPin.findUnique({ where: { userId_kpiId: { userId, kpiId } }, select: { kpiId: true } }).then(Boolean);
}
