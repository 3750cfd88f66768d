// Calendar periods of KPI values and dashboards, on "YYYY-MM-DD" local days (the portal's zone decides
// which day an instant belongs to; after that everything is plain calendar arithmetic in UTC).
export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY";
export type Grain = "DAY" | "WEEK" | "MONTH" | "QUARTER";

const DAY_MS = 86_400_000;

/** The local calendar day ("YYYY-MM-DD") of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(fromDay(day).getTime() + days * DAY_MS));
}

export function addMonths(day: string, months: number): string {
  const d = fromDay(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDay(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromDay(to).getTime() - fromDay(from).getTime()) / DAY_MS);
}

export function grainOf(frequency: Frequency): Grain {
  return frequency === "DAILY" ? "DAY" : frequency === "WEEKLY" ? "WEEK" : "MONTH";
}

/** The first day of the period holding `day`. Weeks start on Monday (as in China and ISO 8601). */
export function periodStart(day: string, grain: Grain): string {
  const d = fromDay(day);
  switch (grain) {
    case "DAY":
      return day;
    case "WEEK":
      return addDays(day, -((d.getUTCDay() + 6) % 7));
    case "MONTH":
      return `${day.slice(0, 7)}-01`;
    case "QUARTER": {
      const month = Math.floor(d.getUTCMonth() / 3) * 3 + 1;
      return `${d.getUTCFullYear()}-${String(month).padStart(2, "0")}-01`;
    }
  }
}

/** The first day of the next period (periods are half-open: [start, next)). */
export function nextPeriodStart(start: string, grain: Grain): string {
  switch (grain) {
    case "DAY":
      return addDays(start, 1);
    case "WEEK":
      return addDays(start, 7);
    case "MONTH":
      return addMonths(periodStart(start, "MONTH"), 1);
    case "QUARTER":
      return addMonths(periodStart(start, "QUARTER"), 3);
  }
}

/** Every period start from the period holding `from` to the one holding `to`, inclusive. */
export function periodsBetween(from: string, to: string, grain: Grain, limit = 5000): string[] {
  const out: string[] = [];
  for (let p = periodStart(from, grain); p <= to && out.length < limit; p = nextPeriodStart(p, grain)) out.push(p);
  return out;
}

export type RangePreset = "week" | "month" | "quarter" | "custom";

export interface DayRange {
  /** Inclusive first day. */
  from: string;
  /** Inclusive last day. */
  to: string;
}

/**
 * The dashboard's period filter: the current week, month or quarter up to today, or a custom range
 * (swapped when given backwards, clamped to at most ten years so a typo cannot scan forever).
 */
export function resolveRange(preset: RangePreset, today: string, custom?: Partial<DayRange>): DayRange {
  if (preset === "custom" && custom?.from && custom?.to) {
    const [from, to] = custom.from <= custom.to ? [custom.from, custom.to] : [custom.to, custom.from];
    return { from: daysBetween(from, to) > 3653 ? addDays(to, -3653) : from, to };
  }
  const grain: Grain = preset === "week" ? "WEEK" : preset === "quarter" ? "QUARTER" : "MONTH";
  return { from: periodStart(today, grain), to: today };
}

/** The range of the same length right before `range` (for "vs previous period"). */
export function previousRange(range: DayRange): DayRange {
  const length = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}
