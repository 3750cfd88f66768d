// The executive board's filters, read from the URL (searchParams) so every view can be bookmarked and the
// .xlsx export reads exactly what the page shows. Pure: no database, unit-tested.
import { z } from "zod";
import { type DayRange, type Grain, daysBetween, type RangePreset, resolveRange } from "@/modules/kpi/logic";

export const RANGE_PRESETS = ["week", "month", "quarter", "custom"] as const satisfies readonly RangePreset[];
// Department first: it is who acts on a KPI; the horizon view follows seed 002's 3/6/12-month goals.
export const GROUPINGS = ["department", "horizon"] as const;
export type Grouping = (typeof GROUPINGS)[number];
// The table fits two dozen KPIs, the rollout and issue health on about one screen; tiles show more per KPI.
export const LAYOUTS = ["table", "tiles"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface BoardFilter {
  preset: RangePreset;
  range: DayRange;
  departmentId?: string;
  group: Grouping;
  layout: Layout;
  /** A custom range was asked for but its dates were missing or invalid: the month so far is shown instead. */
  invalidRange: boolean;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const ZDay = z.iso.date();
const isDay = (v: string | undefined): v is string => !!v && ZDay.safeParse(v).success;

/** ?period=week|month|quarter|custom&from=&to=&department=<uuid>&group=department|horizon&layout=table|tiles */
export function parseBoardFilter(raw: Raw, today: string): BoardFilter {
  const period = one(raw.period);
  let preset: RangePreset = (RANGE_PRESETS as readonly string[]).includes(period ?? "") ? (period as RangePreset) : "month";
  const [from, to] = [one(raw.from), one(raw.to)];
  let invalidRange = false;
  if (preset === "custom" && !(isDay(from) && isDay(to))) {
    invalidRange = true;
    preset = "month";
  }
  const range = resolveRange(preset, today, preset === "custom" ? { from, to } : undefined);
  const department = one(raw.department);
  const group = one(raw.group);
  const layout = one(raw.layout);
  return {
    preset,
    range,
    departmentId: department && z.uuid().safeParse(department).success ? department : undefined,
    group: (GROUPINGS as readonly string[]).includes(group ?? "") ? (group as Grouping) : "department",
    layout: (LAYOUTS as readonly string[]).includes(layout ?? "") ? (layout as Layout) : "table",
    invalidRange,
  };
}

/** The filter as URL parameters (for links, the export and the role dashboards' "open the board"). */
export function boardParams(f: BoardFilter): Record<string, string> {
  const params: Record<string, string> = { period: f.preset };
  if (f.preset === "custom") Object.assign(params, { from: f.range.from, to: f.range.to });
  if (f.departmentId) params.department = f.departmentId;
  if (f.group !== "department") params.group = f.group;
  if (f.layout !== "table") params.layout = f.layout;
  return params;
}

export function boardQuery(f: BoardFilter): string {
  return `?${new URLSearchParams(boardParams(f)).toString()}`;
}

/** The grain of trend lines over a range: weeks up to about half a year, months beyond (at most ~40 points). */
export function trendGrain(range: DayRange): Extract<Grain, "DAY" | "WEEK" | "MONTH"> {
  const days = daysBetween(range.from, range.to) + 1;
  return days <= 31 ? "DAY" : days <= 190 ? "WEEK" : "MONTH";
}

/** Sparklines need a few points: a short range (this week) is widened to the twelve weeks ending with it. */
export function sparklineRange(range: DayRange, minDays = 84): DayRange {
  const days = daysBetween(range.from, range.to) + 1;
  if (days >= minDays) return range;
  const from = new Date(`${range.to}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - (minDays - 1));
  return { from: from.toISOString().slice(0, 10), to: range.to };
}
