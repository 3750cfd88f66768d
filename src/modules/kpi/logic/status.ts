import { addDays, type Frequency, grainOf, nextPeriodStart, periodStart, periodsBetween } from "./period";

export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type KpiStatus = "GREEN" | "AMBER" | "RED" | "NONE";

export interface Thresholds {
  direction: Direction;
  /** Shortfall from the expected value, in percent of it, still counted green (usually 0). */
  greenWithinPct: number;
  /** Shortfall still counted amber; beyond it the KPI is red. */
  amberWithinPct: number;
}

/** How far a value falls short of the expected one, in percent of it (0 when it meets or beats it). */
export function shortfallPct(direction: Direction, value: number, expected: number): number {
  const shortfall = direction === "HIGHER_IS_BETTER" ? expected - value : value - expected;
  if (shortfall <= 0) return 0;
  return expected === 0 ? Number.POSITIVE_INFINITY : (shortfall / Math.abs(expected)) * 100;
}

/** Green, amber or red for a value against what the target path expects at its date. */
export function kpiStatus(t: Thresholds, value: number | null, expected: number | null): KpiStatus {
  if (value == null || expected == null || !Number.isFinite(value)) return "NONE";
  const pct = shortfallPct(t.direction, value, expected);
  // A hair of floating-point noise must not turn a met target amber.
  if (pct <= t.greenWithinPct + 1e-9) return "GREEN";
  if (pct <= t.amberWithinPct + 1e-9) return "AMBER";
  return "RED";
}

/**
 * Change from the baseline, in percent, signed so that positive always means better
 * (order processing time 10 h → 7 h is +30 %, inventory accuracy 85 % → 98 % is +15.3 %).
 */
export function improvementPct(direction: Direction, baseline: number | null, value: number | null): number | null {
  if (baseline == null || value == null || baseline === 0) return null;
  const change = ((value - baseline) / Math.abs(baseline)) * 100;
  return direction === "HIGHER_IS_BETTER" ? change : -change;
}

export type Timeliness = "ON_TIME" | "LATE" | "MISSING";

/**
 * Whether a KPI's values arrive on time: the value of a period is due `graceDays` after the period ends.
 * MISSING when a value is due and none was ever recorded; LATE when the last due period has none.
 */
export function timeliness(
  kpi: { frequency: Frequency; graceDays: number; latestPeriodStart: string | null; since: string },
  today: string,
): { state: Timeliness; duePeriod: string | null; missingPeriods: number } {
  const grain = grainOf(kpi.frequency);
  // A period is overdue once its end plus the grace days lies before today, so the latest overdue one is
  // the period before the one holding (today − grace).
  const due = periodStart(addDays(periodStart(addDays(today, -kpi.graceDays), grain), -1), grain);
  if (due < periodStart(kpi.since, grain)) return { state: "ON_TIME", duePeriod: null, missingPeriods: 0 };
  if (!kpi.latestPeriodStart) {
    return { state: "MISSING", duePeriod: due, missingPeriods: periodsBetween(kpi.since, due, grain).length };
  }
  if (kpi.latestPeriodStart >= due) return { state: "ON_TIME", duePeriod: due, missingPeriods: 0 };
  return { state: "LATE", duePeriod: due, missingPeriods: periodsBetween(nextPeriodStart(kpi.latestPeriodStart, grain), due, grain).length };
}
