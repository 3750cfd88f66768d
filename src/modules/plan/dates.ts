// Plan dates are calendar days (PostgreSQL `date`), held as Date at UTC midnight so that no time
// zone can move a task to another day. Working days are Monday to Friday minus the holidays given;
// China's adjusted working days (调休) arrive with the working calendar of the support module.

const DAY = 86_400_000;

export type DaySet = ReadonlySet<string>;
const NO_DAYS: DaySet = new Set();

export function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  const d = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`not a date: ${iso}`);
  return d;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

export function isWorkingDay(d: Date, holidays: DaySet = NO_DAYS, extraWorkdays: DaySet = NO_DAYS): boolean {
  const iso = isoDay(d);
  if (extraWorkdays.has(iso)) return true;
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(d: Date, holidays: DaySet = NO_DAYS, extra: DaySet = NO_DAYS): Date {
  let cur = d;
  while (!isWorkingDay(cur, holidays, extra)) cur = addDays(cur, 1);
  return cur;
}

/** n working days after d (n = 0: d itself, moved forward to a working day). */
export function addWorkingDays(d: Date, n: number, holidays: DaySet = NO_DAYS, extra: DaySet = NO_DAYS): Date {
  let cur = nextWorkingDay(d, holidays, extra);
  for (let left = n; left > 0; left--) cur = nextWorkingDay(addDays(cur, 1), holidays, extra);
  return cur;
}

/** Working days from start to end, both included (0 when end is before start). */
export function workingDaysInclusive(start: Date, end: Date, holidays: DaySet = NO_DAYS, extra: DaySet = NO_DAYS): number {
  let count = 0;
  for (let cur = start; cur.getTime() <= end.getTime(); cur = addDays(cur, 1)) if (isWorkingDay(cur, holidays, extra)) count++;
  return count;
}

/**
 * The seed advises going live on the first day of a month: the first of the month nearest to the
 * given day (ties go to the later month, so preparation is never cut short).
 */
export function firstOfNearestMonth(d: Date): Date {
  const thisMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const nextMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return daysBetween(thisMonth, d) < daysBetween(d, nextMonth) ? thisMonth : nextMonth;
}

export function addMonths(d: Date, months: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)));
}
