import "server-only";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";
import { normaliseCode, type KpiForImport } from "./validate";

const FOR_IMPORT = { id: true, code: true, nameZh: true, nameEn: true, source: true, active: true, frequency: true, ownerId: true } as const;

/** The KPIs a batch names, keyed by upper-cased code; one query whatever the number of rows. */
export async function kpisByCode(tx: Tx, codes: string[]): Promise<Map<string, KpiForImport>> {
  const wanted = [...new Set(codes.map(normaliseCode).filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Kpi" WHERE upper(code) = ANY(${wanted}::text[])`;
  const kpis = await tx.kpi.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: FOR_IMPORT });
  return new Map(kpis.map((k) => [normaliseCode(k.code), k]));
}

/** Active KPIs that take entered or imported values: the template's examples and code list. */
export function importableKpis() {
  return db.kpi.findMany({
    where: { active: true, source: { not: "COMPUTED" } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, nameZh: true, nameEn: true, unit: true, frequency: true, latestPeriodStart: true, latestValue: true },
  });
}

/** The catalogue for other systems (GET /api/kpis): definitions, targets and the latest value. */
export async function kpiCatalogueForApi(includeArchived: boolean) {
  const kpis = await db.kpi.findMany({
    where: includeArchived ? {} : { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true, nameZh: true, nameEn: true, definitionZh: true, definitionEn: true, unit: true, decimals: true, direction: true,
      frequency: true, source: true, computation: true, baselineValue: true, baselineDate: true, active: true,
      latestPeriodStart: true, latestValue: true, updatedAt: true,
      owner: { select: { email: true, name: true } },
      department: { select: { code: true, nameZh: true, nameEn: true } },
      targets: { select: { dueDate: true, value: true, labelZh: true, labelEn: true }, orderBy: { dueDate: "asc" } },
    },
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return kpis.map((k) => ({
    ...k,
    baselineDate: day(k.baselineDate),
    latestPeriodStart: day(k.latestPeriodStart),
    targets: k.targets.map((t) => ({ ...t, dueDate: day(t.dueDate) })),
  }));
}
