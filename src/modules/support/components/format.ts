import { isoWeekLabel } from "../period";

// Days travel as "YYYY-MM-DD" (local calendar days of the portal's zone); format them in UTC so no
// zone shifts them. Instants (timestamps) are formatted in the portal's zone.

export function formatIsoDay(day: string, locale: string, style: "short" | "long" = "long"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "short" ? { month: "2-digit", day: "2-digit", timeZone: "UTC" } : { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${day}T00:00:00Z`));
}

export function formatInstant(value: Date | string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(value));
}

/** "2026-W47 (11/16)": the ISO week and its Monday. */
export function weekLabel(monday: string, locale: string): string {
  return `${isoWeekLabel(monday)} (${formatIsoDay(monday, locale, "short")})`;
}

export function formatNumber(value: number | null | undefined, locale: string, digits = 1): string {
  return value === null || value === undefined ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}
