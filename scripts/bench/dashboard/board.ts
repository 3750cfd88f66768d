// Part (a) of bench:dashboard: the board's data from the rollups vs the same numbers from raw rows,
// timed in the same run, compared figure by figure; and the printed summary.
import type { PrismaClient } from "../../../src/generated/prisma/client";
import type { DayRange } from "../../../src/modules/kpi/logic";
import { bumpStatsVersion } from "../../../src/modules/metrics/issue-stats";
import { issueHealth, issueTrend, kpiSeries, openByPriorityAndModule } from "../../../src/modules/metrics/queries";
import { rawIssueHealth, rawIssueTrend, rawKpiSeries, rawOpenByPriorityAndModule, type Raw } from "./raw";

export const MAX_TIME_RATIO = 1 / 50;
export const MAX_REFRESH_RATIO = 2;

export interface Combo {
  label: string;
  range: DayRange;
  trendGrain: "DAY" | "WEEK" | "MONTH";
  kpiGrain: "WEEK" | "MONTH" | "QUARTER";
  departmentId: string | null;
}

/** What the executive dashboard's server reads for one filter: from the rollups, as the page does. */
async function fromRollups(c: Combo, kpiIds: string[]) {
  return {
    health: await issueHealth(c.range, c.departmentId),
    trend: await issueTrend(c.range, c.trendGrain, c.departmentId),
    kpis: await kpiSeries(kpiIds, c.kpiGrain, c.range),
    open: await openByPriorityAndModule(c.departmentId),
  };
}

/** The same numbers straight from "Issue" and "KpiValue". */
async function fromRaw(q: Raw, tz: string, c: Combo, kpiIds: string[]) {
  return {
    health: await rawIssueHealth(q, tz, c.range, c.departmentId),
    trend: await rawIssueTrend(q, tz, c.range, c.trendGrain, c.departmentId),
    kpis: await rawKpiSeries(q, kpiIds, c.kpiGrain, c.range),
    open: await rawOpenByPriorityAndModule(q, c.departmentId),
  };
}

/** Deep equality where floats (KPI means summed in another order) may differ in the last bits. */
export function differences(a: unknown, b: unknown, path = ""): string[] {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? [] : [`${path}: ${a} ≠ ${b}`];
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

export async function sameFigures(q: Raw, tz: string, c: Combo, kpiIds: string[]): Promise<boolean> {
  return differences(await fromRollups(c, kpiIds), await fromRaw(q, tz, c, kpiIds)).length === 0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface BoardResult {
  /** Views while the cached backlog sums hold (the rollup unchanged since the last view). */
  dashboardMs: number;
  /** First views after the rollup changed: every cumulative backlog sum read from IssueDailyStat again. */
  coldMs: number;
  rawMs: number;
  perCombo: { label: string; dashboardMs: number; coldMs: number; rawMs: number }[];
  mismatches: string[];
}

/**
 * One warm-up round that also compares every number, then `runs` rounds: each filter from the rollups
 * right after the rollup version moved (cold), again (warm), and from raw rows. Medians.
 */
export async function measureBoard(q: Raw & Pick<PrismaClient, "$executeRaw">, tz: string, combos: Combo[], kpiIds: string[], runs: number, say: (m: string) => void): Promise<BoardResult> {
  const warm: number[][] = combos.map(() => []);
  const cold: number[][] = combos.map(() => []);
  const raw: number[][] = combos.map(() => []);
  const mismatches: string[] = [];
  const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    const value = await fn();
    return [value, performance.now() - t];
  };
  for (let run = 0; run <= runs; run++) {
    for (const [i, c] of combos.entries()) {
      await bumpStatsVersion(q);
      const [fresh, coldMs] = await timed(() => fromRollups(c, kpiIds));
      const [, warmMs] = await timed(() => fromRollups(c, kpiIds));
      const [slow, rawMs] = await timed(() => fromRaw(q, tz, c, kpiIds));
      if (run === 0) {
        mismatches.push(...differences(fresh, slow).map((d) => `${c.label}${d}`));
        continue; // the warm-up round checks the numbers and is not timed
      }
      cold[i]!.push(coldMs);
      warm[i]!.push(warmMs);
      raw[i]!.push(rawMs);
    }
    const sum = (xs: number[][]) => xs.reduce((s, per) => s + per[run - 1]!, 0).toFixed(0);
    if (run > 0) say(`run ${run}/${runs}: rollups ${sum(warm)} ms (after a change ${sum(cold)} ms), raw ${sum(raw)} ms`);
  }
  const perCombo = combos.map((c, i) => ({ label: c.label, dashboardMs: median(warm[i]!), coldMs: median(cold[i]!), rawMs: median(raw[i]!) }));
  const totals = (xs: number[][]) => Array.from({ length: runs }, (_, r) => xs.reduce((s, per) => s + per[r]!, 0));
  return { dashboardMs: median(totals(warm)), coldMs: median(totals(cold)), rawMs: median(totals(raw)), perCombo, mismatches };
}

export interface Report {
  issues: number;
  days: number;
  kpis: number;
  statRows: number;
  board: BoardResult;
  insert: { count: number; insertMs: number; refreshMs: number; days: number; equalAfter: boolean };
}

/** Prints the summary; true when every goal is met and every number agreed. */
export function printReport(r: Report): boolean {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const timeRatio = r.board.dashboardMs / r.board.rawMs;
  const refreshRatio = r.insert.refreshMs / r.insert.insertMs;
  const timeOk = timeRatio <= MAX_TIME_RATIO;
  const refreshOk = refreshRatio <= MAX_REFRESH_RATIO;
  const equal = r.board.mismatches.length === 0 && r.insert.equalAfter;
  console.log(`\n== bench:dashboard — ${r.issues.toLocaleString("en")} issues over ${r.days} days, ${r.kpis} KPIs × ${r.days} daily values, ${r.statRows.toLocaleString("en")} IssueDailyStat rows ==`);
  console.log(`(a) executive dashboard data (health + trend + ${r.kpis} KPI series + open matrix), median of runs:`);
  console.log(`    ${"filter".padEnd(26)} ${"rollups".padStart(10)} ${"after change".padStart(13)} ${"raw".padStart(11)}`);
  for (const c of r.board.perCombo) {
    console.log(`    ${c.label.padEnd(26)} ${ms(c.dashboardMs).padStart(10)} ${ms(c.coldMs).padStart(13)} ${ms(c.rawMs).padStart(11)}   1/${(c.rawMs / c.dashboardMs).toFixed(0)} (1/${(c.rawMs / c.coldMs).toFixed(0)} after a change)`);
  }
  console.log(`    ${"all four filters".padEnd(26)} ${ms(r.board.dashboardMs).padStart(10)} ${ms(r.board.coldMs).padStart(13)} ${ms(r.board.rawMs).padStart(11)}`);
  console.log(`    ratio rollups/raw = 1/${(1 / timeRatio).toFixed(0)} (goal ≤ 1/${1 / MAX_TIME_RATIO}) ${timeOk ? "OK" : "MISSED"}; first view after a rollup change 1/${(r.board.rawMs / r.board.coldMs).toFixed(0)}`);
  console.log(`    numbers equal to the raw recount: ${equal ? "yes" : "NO"}`);
  for (const m of r.board.mismatches.slice(0, 20)) console.log(`      ${m}`);
  console.log(`(b) ${r.insert.count.toLocaleString("en")} new issues: COPY ${ms(r.insert.insertMs)}, refreshIssueStats ${ms(r.insert.refreshMs)} (${r.insert.days} local days recomputed)`);
  console.log(`    ratio refresh/insert = ${refreshRatio.toFixed(2)}× (goal ≤ ${MAX_REFRESH_RATIO}×) ${refreshOk ? "OK" : "MISSED"}; figures equal to raw after the refresh: ${r.insert.equalAfter ? "yes" : "NO"}`);
  return timeOk && refreshOk && equal;
}
