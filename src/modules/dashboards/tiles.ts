// One tile per KPI on the value-realization board, and how tiles are grouped. Pure (fed by queries.ts).
import {
  type DayRange, daysBetween, type Direction, expectedValueAt, type Frequency, improvementPct, kpiStatus, type KpiStatus,
  nextTarget, type TargetPoint, timeliness, type Timeliness,
} from "@/modules/kpi/logic";

export interface TileKpi {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  decimals: number;
  direction: Direction;
  frequency: Frequency;
  baselineValue: number | null;
  baselineDate: string | null;
  greenWithinPct: number;
  amberWithinPct: number;
  graceDays: number;
  departmentId: string | null;
  sortOrder: number;
  createdAt: string;
  latestPeriodStart: string | null;
  latestValue: number | null;
  targets: (TargetPoint & { labelZh: string; labelEn: string })[];
}

export interface SparkPoint {
  period: string;
  value: number;
}

export type Horizon = "M3" | "M6" | "M12" | "LONG" | "NONE";
export const HORIZONS: Horizon[] = ["M3", "M6", "M12", "LONG", "NONE"];

export interface Tile {
  kpi: TileKpi;
  /** The value as of the range's end (the KPI's latest value when the range ends today). */
  value: number | null;
  valuePeriod: string | null;
  expected: number | null;
  status: KpiStatus;
  improvement: number | null;
  next: (TargetPoint & { daysLeft: number }) | null;
  timeliness: Timeliness;
  missingPeriods: number;
  spark: SparkPoint[];
  horizon: Horizon;
}

/**
 * Which value-realization horizon a KPI belongs to (seed 002: 3, 6, 12 months): the months from its
 * baseline to its first target. KPIs without a target are "no target"; without a baseline date, "long".
 */
export function horizonOf(kpi: Pick<TileKpi, "baselineDate" | "targets">): Horizon {
  if (!kpi.targets.length) return "NONE";
  if (!kpi.baselineDate) return "LONG";
  const firstDue = [...kpi.targets].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0].dueDate;
  const months = daysBetween(kpi.baselineDate, firstDue) / 30.44;
  return months <= 3.5 ? "M3" : months <= 6.5 ? "M6" : months <= 12.5 ? "M12" : "LONG";
}

/**
 * A KPI's tile as of `range.to`: the last value at or before it (from the sparkline's rollups, or the KPI's
 * kept latest value when that lies inside the range), against the baseline and the target path.
 */
export function buildTile(kpi: TileKpi, spark: SparkPoint[], range: DayRange, today: string): Tile {
  const latestFits = kpi.latestPeriodStart != null && kpi.latestPeriodStart <= range.to && kpi.latestValue != null;
  const lastSpark = [...spark].filter((p) => p.period <= range.to).sort((a, b) => a.period.localeCompare(b.period)).pop() ?? null;
  const useLatest = latestFits && (!lastSpark || kpi.latestPeriodStart! >= lastSpark.period);
  const value = useLatest ? kpi.latestValue : (lastSpark?.value ?? null);
  const valuePeriod = useLatest ? kpi.latestPeriodStart : (lastSpark?.period ?? null);
  const asOf = range.to < today ? range.to : today;
  const expected = expectedValueAt({ baselineValue: kpi.baselineValue, baselineDate: kpi.baselineDate, targets: kpi.targets }, asOf);
  const late = timeliness(
    { frequency: kpi.frequency, graceDays: kpi.graceDays, latestPeriodStart: kpi.latestPeriodStart, since: kpi.baselineDate ?? kpi.createdAt },
    today,
  );
  return {
    kpi,
    value,
    valuePeriod,
    expected,
    status: kpiStatus(kpi, value, expected),
    improvement: improvementPct(kpi.direction, kpi.baselineValue, value),
    next: nextTarget(kpi.targets, asOf),
    timeliness: late.state,
    missingPeriods: late.missingPeriods,
    spark,
    horizon: horizonOf(kpi),
  };
}

export interface TileGroup {
  /** A horizon code, a department id, or "" for company-wide KPIs. */
  key: string;
  tiles: Tile[];
}

/** Tiles grouped by horizon (3 → 6 → 12 months → long → none) or department (company-wide first), in catalogue order. */
export function groupTiles(tiles: Tile[], by: "horizon" | "department", departmentOrder: string[] = []): TileGroup[] {
  const keyOf = (t: Tile) => (by === "horizon" ? t.horizon : (t.kpi.departmentId ?? ""));
  const order = by === "horizon" ? HORIZONS : ["", ...departmentOrder];
  const groups = new Map<string, Tile[]>();
  const sorted = [...tiles].sort((a, b) => a.kpi.sortOrder - b.kpi.sortOrder || a.kpi.code.localeCompare(b.kpi.code));
  for (const tile of sorted) groups.set(keyOf(tile), [...(groups.get(keyOf(tile)) ?? []), tile]);
  const rank = (key: string) => (order.indexOf(key) === -1 ? order.length : order.indexOf(key));
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])).map(([key, tiles]) => ({ key, tiles }));
}

/** How many tiles are in each status: the board's one-line summary ("5 on target, 2 at risk, 1 off"). */
export function statusCounts(tiles: Tile[]): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = { GREEN: 0, AMBER: 0, RED: 0, NONE: 0 };
  for (const t of tiles) counts[t.status]++;
  return counts;
}
