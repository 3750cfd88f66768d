// Days travel as "YYYY-MM-DD" (local calendar days of the portal's zone) or as Dates at UTC midnight; both
// are formatted in UTC so no zone shifts them.
export function formatDay(day: string | Date, locale: string): string {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }).format(date);
}

/** "2026年11月" / "November 2026" */
export function formatMonth(firstDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${firstDay}T00:00:00Z`));
}

/** A trend chart's x label for a period start: "11/16" for days and weeks, "2026-11" for months. */
export function periodLabel(period: string, grain: "DAY" | "WEEK" | "MONTH", locale: string): string {
  if (grain === "MONTH") return period.slice(0, 7);
  return new Intl.DateTimeFormat(locale, { month: "2-digit", day: "2-digit", timeZone: "UTC" }).format(new Date(`${period}T00:00:00Z`));
}

export function formatNumber(value: number | null | undefined, locale: string, digits = 1): string {
  return value == null ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}
