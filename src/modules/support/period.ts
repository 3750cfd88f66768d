import { z } from "zod";
import type { ErpModule } from "@/generated/prisma/enums";
import { ERP_MODULES } from "@/modules/issues/constants";

// Dashboard periods are local calendar days and ISO weeks (Monday first) in the portal's zone. Days
// travel as "YYYY-MM-DD" strings: the database turns them into instants with AT TIME ZONE, so no
// JavaScript code has to know the zone's offset.

export const PERIOD_WEEKS = [4, 12, 26] as const;
export type PeriodWeeks = (typeof PERIOD_WEEKS)[number];
export const DEFAULT_WEEKS: PeriodWeeks = 12;
/** The KPI tiles look at the most recent weeks of the chosen period. */
export const TILE_WEEKS = 4;
/** A custom range longer than this would draw an unreadable daily backlog chart. */
export const MAX_RANGE_DAYS = 400;

const ZIsoDay = z.iso.date();

export interface DashboardFilter {
  /** Set for a preset period; null for a custom range. */
  weeks: PeriodWeeks | null;
  from: string;
  to: string;
  module?: ErpModule;
  departmentId?: string;
  /** A custom range was asked for but could not be used (the default period is shown instead). */
  invalidRange: boolean;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, n: number): string {
  return fromMs(toMs(iso) + n * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** The Monday of the ISO week holding the day. */
export function isoWeekStart(iso: string): string {
  const weekday = (new Date(toMs(iso)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(iso, -weekday);
}

/** ISO 8601 week label, e.g. "2026-W47" (the week belongs to the year of its Thursday). */
export function isoWeekLabel(iso: string): string {
  const thursday = addDays(isoWeekStart(iso), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(isoWeekStart(`${year}-01-04`), isoWeekStart(iso)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function isIsoDay(value: unknown): value is string {
  return typeof value === "string" && ZIsoDay.safeParse(value).success;
}

/** The last `weeks` ISO weeks up to today, the current (partial) week included. */
export function presetRange(weeks: PeriodWeeks, today: string): { from: string; to: string } {
  return { from: addDays(isoWeekStart(today), -7 * (weeks - 1)), to: today };
}

/** Reads ?weeks=&from=&to=&module=&department= ; anything unusable falls back to the default. */
export function parseDashboardFilter(raw: Raw, today: string): DashboardFilter {
  const moduleParam = one(raw.module);
  const department = one(raw.department);
  const common = {
    module: (ERP_MODULES as readonly string[]).includes(moduleParam ?? "") ? (moduleParam as ErpModule) : undefined,
    departmentId: department && z.uuid().safeParse(department).success ? department : undefined,
  };
  const from = one(raw.from);
  const to = one(raw.to);
  if (from || to) {
    const usable = isIsoDay(from) && isIsoDay(to) && from <= to && daysBetween(from, to) <= MAX_RANGE_DAYS;
    if (usable) return { weeks: null, from, to, ...common, invalidRange: false };
    return { weeks: DEFAULT_WEEKS, ...presetRange(DEFAULT_WEEKS, today), ...common, invalidRange: true };
  }
  const weeks = Number(one(raw.weeks));
  const preset = (PERIOD_WEEKS as readonly number[]).includes(weeks) ? (weeks as PeriodWeeks) : DEFAULT_WEEKS;
  return { weeks: preset, ...presetRange(preset, today), ...common, invalidRange: false };
}

/** The window of the KPI tiles: the last four ISO weeks of the period (or the whole period if shorter). */
export function tileWindow(f: Pick<DashboardFilter, "from" | "to">): { from: string; to: string } {
  const start = addDays(isoWeekStart(f.to), -7 * (TILE_WEEKS - 1));
  return { from: start > f.from ? start : f.from, to: f.to };
}

/** The last day a backlog series can show: a future day has no end-of-day count yet. */
export function seriesEnd(f: Pick<DashboardFilter, "to">, today: string): string {
  return f.to < today ? f.to : today;
}

/** The filter as URL parameters (for links to the export and between pages). */
export function filterParams(f: DashboardFilter): Record<string, string> {
  const out: Record<string, string> = f.weeks ? { weeks: String(f.weeks) } : { from: f.from, to: f.to };
  if (f.module) out.module = f.module;
  if (f.departmentId) out.department = f.departmentId;
  return out;
}
