// The one write path for KPI values, shared by manual entry, imports, the REST endpoint, computed KPIs,
// the demo seed and the benchmark: upsert the values, then recompute only the week/month/quarter rollups
// they touch and the KPI's latest value, in the caller's transaction. No "server-only": seeds import it.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { KpiValueOrigin } from "../../generated/prisma/enums";

/** A transaction client or the client itself: anything that runs raw SQL. */
export type SqlRunner = Pick<PrismaClient, "$executeRaw" | "$queryRaw">;

export interface KpiValueInput {
  /** First day of the KPI's period, "YYYY-MM-DD". */
  periodStart: string;
  value: number;
  note?: string | null;
}

const GRAINS = [
  { grain: "WEEK", unit: "week" },
  { grain: "MONTH", unit: "month" },
  { grain: "QUARTER", unit: "quarter" },
] as const;

/** Upserts values of one KPI (a period's value replaces the previous one) and refreshes what reads them. */
export async function writeKpiValues(
  tx: SqlRunner,
  kpiId: string,
  values: KpiValueInput[],
  origin: KpiValueOrigin,
  enteredById: string | null,
): Promise<{ written: number }> {
  if (!values.length) return { written: 0 };
  const days = values.map((v) => v.periodStart);
  await tx.$executeRaw`
    INSERT INTO "KpiValue" ("kpiId", "periodStart", "value", "note", "origin", "enteredById", "updatedAt")
    SELECT ${kpiId}::uuid, d::date, v, n, ${origin}::"KpiValueOrigin", ${enteredById}::uuid, now()
    FROM unnest(${days}::text[], ${values.map((v) => v.value)}::float8[], ${values.map((v) => v.note ?? null)}::text[]) AS u(d, v, n)
    ON CONFLICT ("kpiId", "periodStart") DO UPDATE
      SET "value" = EXCLUDED."value", "note" = EXCLUDED."note", "origin" = EXCLUDED."origin",
          "enteredById" = EXCLUDED."enteredById", "version" = "KpiValue"."version" + 1, "updatedAt" = now()`;
  await refreshKpiRollups(tx, [kpiId], days);
  return { written: values.length };
}

/** Removes one period's value (a mistaken entry) and refreshes what reads it. */
export async function deleteKpiValue(tx: SqlRunner, kpiId: string, periodStart: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "KpiValue" WHERE "kpiId" = ${kpiId}::uuid AND "periodStart" = ${periodStart}::date`;
  await refreshKpiRollups(tx, [kpiId], [periodStart]);
}

/**
 * Recomputes the rollup rows of the given KPIs for the periods holding `days` (all periods when `days`
 * is omitted: after a bulk load), and each KPI's latest value.
 */
export async function refreshKpiRollups(tx: SqlRunner, kpiIds: string[], days?: string[]): Promise<void> {
  if (!kpiIds.length) return;
  for (const { grain, unit } of GRAINS) {
    // The unit is inlined (it comes from the constant above): a bound parameter would make the SELECT and
    // GROUP BY expressions differ in PostgreSQL's eyes.
    const trunc = Prisma.raw(`'${unit}'`);
    const bucket = Prisma.sql`date_trunc(${trunc}, v."periodStart"::timestamp)::date`;
    const touched = days
      ? Prisma.sql`AND ${bucket} IN (SELECT DISTINCT date_trunc(${trunc}, d::timestamp)::date FROM unnest(${days}::date[]) AS d)`
      : Prisma.empty;
    const touchedRollup = days
      ? Prisma.sql`AND r."periodStart" IN (SELECT DISTINCT date_trunc(${trunc}, d::timestamp)::date FROM unnest(${days}::date[]) AS d)`
      : Prisma.empty;
    await tx.$executeRaw`
      DELETE FROM "KpiRollup" r WHERE r."kpiId" = ANY(${kpiIds}::uuid[]) AND r."grain" = ${grain}::"KpiGrain" ${touchedRollup}`;
    await tx.$executeRaw`
      INSERT INTO "KpiRollup" ("kpiId", "grain", "periodStart", "avgValue", "lastValue", "minValue", "maxValue", "valueCount")
      SELECT v."kpiId", ${grain}::"KpiGrain", ${bucket}, avg(v."value"),
             (array_agg(v."value" ORDER BY v."periodStart" DESC))[1], min(v."value"), max(v."value"), count(*)::int
      FROM "KpiValue" v
      WHERE v."kpiId" = ANY(${kpiIds}::uuid[]) ${touched}
      GROUP BY v."kpiId", ${bucket}`;
  }
  await tx.$executeRaw`
    UPDATE "Kpi" k SET "latestPeriodStart" = l."periodStart", "latestValue" = l."value"
    FROM (SELECT id, (SELECT v."periodStart" FROM "KpiValue" v WHERE v."kpiId" = k2.id ORDER BY v."periodStart" DESC LIMIT 1) AS "periodStart",
                     (SELECT v."value" FROM "KpiValue" v WHERE v."kpiId" = k2.id ORDER BY v."periodStart" DESC LIMIT 1) AS "value"
          FROM "Kpi" k2 WHERE k2.id = ANY(${kpiIds}::uuid[])) l
    WHERE k.id = l.id`;
}
