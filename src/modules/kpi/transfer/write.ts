import type { KpiValueOrigin } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { writeKpiValues } from "../values";
import type { ValidBatch } from "./validate";

// Writes validated batches through the one value write path, and says what they did: which periods
// were new and which replaced a value already there (an import is often a corrected re-export).

export interface KpiImportLine {
  code: string;
  nameZh: string;
  nameEn: string;
  rows: number;
  created: number;
  replaced: number;
  from: string;
  to: string;
}

export interface ImportSummary {
  rows: number;
  kpis: number;
  created: number;
  replaced: number;
  /** Periods given as a day inside the period and moved to its first day. */
  normalised: number;
  skippedEmpty: number;
  perKpi: KpiImportLine[];
}

/** What writing the batches would do; reads only. */
export async function planWrite(tx: Tx, batches: ValidBatch[], extra: { normalised: number; skippedEmpty: number }): Promise<ImportSummary> {
  const kpiIds = batches.flatMap((b) => b.values.map(() => b.kpi.id));
  const days = batches.flatMap((b) => b.values.map((v) => v.periodStart));
  const existing = kpiIds.length
    ? await tx.$queryRaw<{ key: string }[]>`
        SELECT v."kpiId"::text || '|' || to_char(v."periodStart", 'YYYY-MM-DD') AS key
        FROM "KpiValue" v JOIN unnest(${kpiIds}::uuid[], ${days}::date[]) AS u(k, d) ON v."kpiId" = u.k AND v."periodStart" = u.d`
    : [];
  const there = new Set(existing.map((e) => e.key));
  const perKpi = batches.map(({ kpi, values }): KpiImportLine => {
    const replaced = values.filter((v) => there.has(`${kpi.id}|${v.periodStart}`)).length;
    const sorted = values.map((v) => v.periodStart).sort();
    return { code: kpi.code, nameZh: kpi.nameZh, nameEn: kpi.nameEn, rows: values.length, created: values.length - replaced, replaced, from: sorted[0]!, to: sorted.at(-1)! };
  });
  perKpi.sort((a, b) => a.code.localeCompare(b.code));
  const sum = (f: (l: KpiImportLine) => number) => perKpi.reduce((n, l) => n + f(l), 0);
  return { rows: sum((l) => l.rows), kpis: perKpi.length, created: sum((l) => l.created), replaced: sum((l) => l.replaced), ...extra, perKpi };
}

/** All KPIs of the batch in the caller's transaction: one failure rolls every KPI back. */
export async function writeBatches(tx: Tx, batches: ValidBatch[], origin: KpiValueOrigin, actorId: string): Promise<void> {
  // Locked in a fixed order so two imports touching the same KPIs queue instead of deadlocking.
  const ids = batches.map((b) => b.kpi.id).sort();
  if (ids.length) await tx.$executeRaw`SELECT 1 FROM "Kpi" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  for (const { kpi, values } of batches) await writeKpiValues(tx, kpi.id, values, origin, actorId);
}

