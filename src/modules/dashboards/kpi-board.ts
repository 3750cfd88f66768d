import "server-only";
// The board's KPI tiles, read from the catalogue, the targets, KpiRollup and Kpi.latestValue only: never the
// raw values, so the board costs the same with three years of daily values as with three months.
import { type DayRange, type Grain, toDay } from "@/modules/kpi/logic";
import { kpiSeries } from "@/modules/metrics/queries";
import { db } from "@/server/db";
import type { BoardFilter } from "./filter";
import { sparklineRange } from "./filter";
import { buildTile, type SparkPoint, type Tile, type TileKpi } from "./tiles";

type Queryable = Pick<typeof db, "kpi">;

/** The active KPIs in scope (one department, or all), with their targets, as tiles need them. */
export async function loadTileKpis(departmentId: string | undefined, q: Queryable = db, ids?: string[]): Promise<TileKpi[]> {
  const rows = await q.kpi.findMany({
    where: { active: true, ...(departmentId ? { departmentId } : {}), ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: { targets: { orderBy: { dueDate: "asc" } } },
  });
  return rows.map((k) => ({
    id: k.id,
    code: k.code,
    nameZh: k.nameZh,
    nameEn: k.nameEn,
    unit: k.unit,
    decimals: k.decimals,
    direction: k.direction,
    frequency: k.frequency,
    baselineValue: k.baselineValue,
    baselineDate: k.baselineDate ? toDay(k.baselineDate) : null,
    greenWithinPct: k.greenWithinPct,
    amberWithinPct: k.amberWithinPct,
    graceDays: k.graceDays,
    departmentId: k.departmentId,
    sortOrder: k.sortOrder,
    createdAt: toDay(k.createdAt),
    latestPeriodStart: k.latestPeriodStart ? toDay(k.latestPeriodStart) : null,
    latestValue: k.latestValue,
    targets: k.targets.map((t) => ({ dueDate: toDay(t.dueDate), value: t.value, labelZh: t.labelZh, labelEn: t.labelEn })),
  }));
}

/** Sparklines: monthly KPIs by month, the others by week. */
export function sparkGrain(kpi: Pick<TileKpi, "frequency">): Extract<Grain, "WEEK" | "MONTH"> {
  return kpi.frequency === "MONTHLY" ? "MONTH" : "WEEK";
}

/** Each KPI's rollups (the period's last value) over the sparkline's range, keyed by KPI id: from the metrics read API. */
export async function loadSparklines(kpis: TileKpi[], range: DayRange): Promise<Map<string, SparkPoint[]>> {
  const out = new Map<string, SparkPoint[]>(kpis.map((k) => [k.id, []]));
  for (const grain of ["WEEK", "MONTH"] as const) {
    const ids = kpis.filter((k) => sparkGrain(k) === grain).map((k) => k.id);
    if (!ids.length) continue;
    // A short period still shows some history: twelve weeks of weekly points, a year of monthly ones.
    const series = await kpiSeries(ids, grain, sparklineRange(range, grain === "MONTH" ? 365 : 84));
    for (const id of ids) out.set(id, (series[id] ?? []).map((p) => ({ period: p.periodStart, value: p.lastValue })));
  }
  return out;
}

/** The board's tiles for the filter, as of the range's end. */
export async function boardTiles(filter: Pick<BoardFilter, "range" | "departmentId">, today: string, q: Queryable = db, ids?: string[]): Promise<Tile[]> {
  const kpis = await loadTileKpis(filter.departmentId, q, ids);
  const sparks = await loadSparklines(kpis, filter.range);
  return kpis.map((k) => buildTile(k, sparks.get(k.id) ?? [], filter.range, today));
}
