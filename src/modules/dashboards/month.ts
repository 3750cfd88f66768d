// Months of the monthly review (月度回顾) travel as "YYYY-MM" in URLs and forms. Pure, unit-tested.
import { addDays, addMonths, type DayRange } from "@/modules/kpi/logic";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-11" → "2026-11-01" (the MonthlyReview.month day); null for anything else, including years out of reach. */
export function parseMonth(value: string | undefined | null): string | null {
  const m = value ? MONTH.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 2000 && year <= 2100 ? `${m[1]}-${m[2]}-01` : null;
}

/** "2026-11-01" → "2026-11" */
export function monthKey(firstDay: string): string {
  return firstDay.slice(0, 7);
}

/** The month's days, first to last. */
export function monthRange(firstDay: string): DayRange {
  return { from: firstDay, to: addDays(addMonths(firstDay, 1), -1) };
}

export function previousMonth(firstDay: string): string {
  return addMonths(firstDay, -1);
}

export function nextMonth(firstDay: string): string {
  return addMonths(firstDay, 1);
}

/** A month that has not begun yet cannot be reviewed. */
export function isFutureMonth(firstDay: string, today: string): boolean {
  return firstDay > today;
}
