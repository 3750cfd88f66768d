// Shapes a KPI's history for the trend chart: which grain to draw, the range's first day, and the target
// path sampled where it bends. Pure (no database, no React): unit-tested in tests/unit/kpi-catalogue-chart.test.ts.
import { addMonths, daysBetween, expectedValueAt, type TargetPath } from "./logic";

export const TREND_RANGES = ["6m", "12m", "18m", "all"] as const;
export type TrendRange = (typeof TREND_RANGES)[number];
/** Above this many values the chart reads weekly (or monthly) rollups instead of the raw values. */
export const MAX_RAW_POINTS = 400;

export type TrendGrain = "RAW" | "WEEK" | "MONTH";

export function parseTrendRange(value: string | undefined): TrendRange {
  return (TREND_RANGES as readonly string[]).includes(value ?? "") ? (value as TrendRange) : "12m";
}

/** The first day shown: N months before today, or the earliest value/baseline for "all". */
export function rangeStart(range: TrendRange, today: string, earliest: string | null): string | null {
  if (range === "all") return earliest;
  return addMonths(today, -Number(range.replace("m", "")));
}

/** Raw values while there are few enough to draw one by one; weeks next; months for very long daily series. */
export function chooseGrain(rawCount: number, from: string | null, to: string): TrendGrain {
  if (rawCount <= MAX_RAW_POINTS) return "RAW";
  const weeks = from ? Math.ceil((daysBetween(from, to) + 1) / 7) : Number.POSITIVE_INFINITY;
  return weeks <= MAX_RAW_POINTS ? "WEEK" : "MONTH";
}

export interface PathPoint {
  day: string;
  value: number;
}

/**
 * The expected-value path between `from` and `to`: it is straight between the baseline and each target,
 * so its value at the ends and at every knot inside the window draws it exactly.
 */
export function expectedPath(path: TargetPath, from: string, to: string): PathPoint[] {
  if (from > to) return [];
  const knots = [path.baselineDate, ...path.targets.map((t) => t.dueDate)].filter((d): d is string => Boolean(d) && d! > from && d! < to);
  const days = [...new Set([from, ...knots, to])].sort();
  return days.flatMap((day) => {
    const value = expectedValueAt(path, day);
    return value == null ? [] : [{ day, value }];
  });
}

/** The window drawn: from the range's start to today, stretched to show targets still ahead. */
export function chartWindow(from: string | null, today: string, firstValue: string | null, targets: { dueDate: string }[]): { from: string; to: string } {
  const start = from ?? firstValue ?? today;
  const lastTarget = targets.map((t) => t.dueDate).sort().at(-1);
  return { from: start, to: lastTarget && lastTarget > today ? lastTarget : today };
}

export interface TrendRow {
  day: string;
  value: number | null;
  expected: number | null;
}

/**
 * One row per day that has a value or where the target path bends, each with the path's expected value,
 * so a single tooltip shows the value next to what was expected that day.
 */
export function trendRows(points: PathPoint[], path: TargetPath, window: { from: string; to: string }): TrendRow[] {
  const hasPath = path.targets.length > 0 || path.baselineValue != null;
  const values = new Map(points.map((p) => [p.day, p.value]));
  const knots = hasPath ? expectedPath(path, window.from, window.to).map((p) => p.day) : [];
  return [...new Set([...points.map((p) => p.day), ...knots])].sort().map((day) => ({
    day,
    value: values.get(day) ?? null,
    expected: hasPath ? expectedValueAt(path, day) : null,
  }));
}
