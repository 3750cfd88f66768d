// Writes the values of computed KPIs (Kpi.source = COMPUTED) for their frequency's periods, through the
// one write path (writeKpiValues, origin COMPUTED): recomputing a period replaces its value, so the job,
// the admin's recompute and the seed's backfill can all run again safely. No "server-only".
import type { PrismaClient } from "../../generated/prisma/client";
import { addDays, type Frequency, grainOf, localDay, nextPeriodStart, periodStart, periodsBetween } from "../kpi/logic/period";
import { type KpiValueInput, type SqlRunner, writeKpiValues } from "../kpi/values";
import { type Computation, isComputation, measure, type MeasuredPeriod } from "./computations";

export type KpiRunner = Pick<PrismaClient, "$transaction" | "$queryRaw" | "$executeRaw">;

interface ComputedKpi {
  id: string;
  code: string;
  computation: string | null;
  frequency: Frequency;
}

export interface ComputedResult {
  /** Values written (periods with nothing to measure are left without one). */
  written: number;
  /** Codes of computed KPIs whose computation this version does not know. */
  unknown: string[];
}

function computedKpis(runner: SqlRunner): Promise<ComputedKpi[]> {
  return runner.$queryRaw<ComputedKpi[]>`
    SELECT id::text, code, computation, frequency::text AS frequency FROM "Kpi"
    WHERE source = 'COMPUTED' AND active ORDER BY "sortOrder", code`;
}

type PeriodsOf = (k: ComputedKpi) => string[];

/** Measures one KPI's periods (first days) and writes them in `tx`. */
async function writeKpi(tx: SqlRunner, kpi: ComputedKpi & { computation: Computation }, periodsOf: PeriodsOf, timeZone: string, today: string): Promise<number> {
  const grain = grainOf(kpi.frequency);
  const values: KpiValueInput[] = [];
  for (const start of periodsOf(kpi)) {
    if (start > today) continue;
    const end = addDays(nextPeriodStart(start, grain), -1);
    const period: MeasuredPeriod = { start, end, asOf: end < today ? end : today, today, timeZone };
    const value = await measure(tx, kpi.computation, period);
    if (value !== null) values.push({ periodStart: start, value });
  }
  return (await writeKpiValues(tx, kpi.id, values, "COMPUTED", null)).written;
}

type Run = (work: (tx: SqlRunner) => Promise<number>) => Promise<number>;

/** One transaction per KPI on the client, or everything in the caller's transaction. */
function runnerOf(target: { client: KpiRunner } | { tx: SqlRunner }): { reader: SqlRunner; run: Run } {
  if ("tx" in target) return { reader: target.tx, run: (work) => work(target.tx) };
  return { reader: target.client, run: (work) => target.client.$transaction(work, { maxWait: 10_000, timeout: 600_000 }) };
}

async function writePeriods(target: { client: KpiRunner } | { tx: SqlRunner }, periodsOf: PeriodsOf, timeZone: string, today: string): Promise<ComputedResult> {
  const { reader, run } = runnerOf(target);
  const result: ComputedResult = { written: 0, unknown: [] };
  for (const kpi of await computedKpis(reader)) {
    const { computation } = kpi;
    if (!isComputation(computation)) {
      result.unknown.push(kpi.code);
      continue;
    }
    result.written += await run((tx) => writeKpi(tx, { ...kpi, computation }, periodsOf, timeZone, today));
  }
  return result;
}

/**
 * The scheduled run: each computed KPI's current period (measured up to today) and the one before it
 * (late resolutions and ratings still land there for a while after it ends).
 */
export function refreshComputedKpis(runner: KpiRunner, options: { timeZone: string; now?: Date }): Promise<ComputedResult> {
  return refreshPeriods({ client: runner }, options);
}

/** refreshComputedKpis inside the caller's transaction (an admin action's). */
export function refreshComputedKpisIn(tx: SqlRunner, options: { timeZone: string; now?: Date }): Promise<ComputedResult> {
  return refreshPeriods({ tx }, options);
}

function refreshPeriods(target: { client: KpiRunner } | { tx: SqlRunner }, options: { timeZone: string; now?: Date }): Promise<ComputedResult> {
  const today = localDay(options.now ?? new Date(), options.timeZone);
  return writePeriods(
    target,
    (k) => {
      const grain = grainOf(k.frequency);
      const current = periodStart(today, grain);
      return [periodStart(addDays(current, -1), grain), current];
    },
    options.timeZone,
    today,
  );
}

/** History: every period of each computed KPI's frequency touching [from, to] (local days), up to today. */
export function backfillComputedKpis(runner: KpiRunner, options: { from: string; to: string; timeZone: string; now?: Date }): Promise<ComputedResult> {
  const today = localDay(options.now ?? new Date(), options.timeZone);
  return writePeriods({ client: runner }, (k) => periodsBetween(options.from, options.to, grainOf(k.frequency)), options.timeZone, today);
}
