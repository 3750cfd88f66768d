import { clockText, durationParts } from "../format";

// Text for the settings pages, from the "sla" messages (works with server and client translators).
type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * Targets read as hours: 30 → "30 min", 90 → "1.5 h", 95 → "1 h 35 min". With the length of a
 * working day (business-time policies), whole working days are named too: 2250 → "37.5 h (5 working days)".
 */
export function durationLabel(t: T, minutes: number, workdayMinutes?: number | null): string {
  const { h, m } = durationParts(minutes);
  const text = h === 0 ? t("duration.m", { m }) : m % 15 === 0 ? t("duration.h", { h: h + m / 60 }) : t("duration.hm", { h, m });
  if (!workdayMinutes || minutes < workdayMinutes || minutes % workdayMinutes !== 0) return text;
  return t("duration.withDays", { duration: text, days: minutes / workdayMinutes });
}

/** Working minutes in one day of a calendar (hours minus lunch). */
export function workdayMinutes(c: { workStart: number; workEnd: number; lunchStart: number | null; lunchEnd: number | null }): number {
  const lunch = c.lunchStart !== null && c.lunchEnd !== null ? Math.max(0, c.lunchEnd - c.lunchStart) : 0;
  return Math.max(0, c.workEnd - c.workStart - lunch);
}

export const spanLabel = (from: number, to: number) => `${clockText(from)}–${clockText(to)}`;

/** [1,2,3,4,5] → "Mon–Fri"; runs of three or more are joined, others listed. */
export function workDaysLabel(t: T, days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const name = (d: number) => t(`weekdaysShort.${d}`);
    if (j - i >= 2) parts.push(`${name(sorted[i]!)}–${name(sorted[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(name(sorted[k]!));
    i = j + 1;
  }
  return parts.join(t("listSeparator"));
}

export function localized<T extends { nameZh: string; nameEn: string }>(row: T, locale: string): string {
  return locale === "en" ? row.nameEn : row.nameZh;
}
