/** The SLA compliance the support desk commits to, drawn as the target line (percent). */
export const SLA_TARGET_PERCENT = 90;

/**
 * "问题不过夜" when an issue's SLA policy sets no cutoff: issues filed before 17:00 local time get
 * their first response the same day (by midnight).
 */
export const DEFAULT_SAME_DAY_CUTOFF_MINUTE = 17 * 60;
export const DEFAULT_SAME_DAY_END_MINUTE = 24 * 60;

/** Share met of those decided (met + breached), in percent with one decimal; null when nothing was decided. */
export function compliance(met: number, breached: number): number | null {
  const decided = met + breached;
  return decided === 0 ? null : Math.round((met / decided) * 1000) / 10;
}

/** Percent with one decimal, or null for an empty base. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** One decimal, null stays null (averages from SQL arrive as floats or null). */
export function round1(value: number | null | undefined): number | null {
  return value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10;
}

/** Two decimals (satisfaction averages on a 1–5 scale), null stays null. */
export function round2(value: number | null | undefined): number | null {
  return value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100;
}

/** Whether a compliance figure meets the target (null: nothing to judge). */
export function meetsTarget(rate: number | null, target = SLA_TARGET_PERCENT): boolean | null {
  return rate === null ? null : rate >= target;
}

/** An issue's age in whole hours between two instants (never negative). */
export function ageHours(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 3_600_000));
}

/** Long waits read better in days: from two days on, an age is "d days h hours". */
export function ageParts(hours: number): { days: number; hours: number } | null {
  return hours >= 48 ? { days: Math.floor(hours / 24), hours: hours % 24 } : null;
}
