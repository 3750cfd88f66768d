// Small display helpers shared by the module's server and client components.

/** The KPI's name in the reader's language. */
export function kpiName(k: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "en" ? k.nameEn || k.nameZh : k.nameZh || k.nameEn;
}

/** A "YYYY-MM-DD" day (or a UTC-midnight Date) in the reader's locale, without any zone shift. */
export function formatDay(day: string | Date | null | undefined, locale: string): string {
  if (!day) return "—";
  const d = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }).format(d);
}

/** How a period is named: the day, the week's Monday, or the month. */
export function formatPeriod(day: string, frequency: "DAILY" | "WEEKLY" | "MONTHLY", locale: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (frequency === "MONTHLY") return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(d);
  return formatDay(day, locale);
}
