// The SLA clock: pure functions of a calendar, the rules and instants. No database and no "now":
// callers pass everything in, so the same answer comes back in a request, a job and a test.
//
// Conventions:
// - Minutes may be fractional in and out (a pause of 90 s is 1.5 minutes); the clock works in ms.
// - BUSINESS time counts only working minutes: the calendar's work days, minus holidays, plus 调休
//   working days, each from workStart to workEnd minus the lunch break, read in the calendar's zone.
//   Intervals are real instants, so a DST change inside working hours counts the minutes that passed.
// - WALL_CLOCK counts every minute.
import { isoWeekday, localDay, localMinute, nextIsoDay, zonedTime } from "./zoned-time";

export interface WorkingCalendar {
  timeZone: string;
  /** ISO weekdays 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
  /** Minutes after local midnight. */
  workStart: number;
  workEnd: number;
  lunchStart?: number | null;
  lunchEnd?: number | null;
  /** "YYYY-MM-DD" local days off (public holidays). */
  holidays: ReadonlySet<string>;
  /** "YYYY-MM-DD" local days worked although not in workDays (调休 weekend days). */
  workingDays: ReadonlySet<string>;
}

export interface SlaRules {
  mode: "BUSINESS" | "WALL_CLOCK";
  timeZone: string;
  /** Required for BUSINESS. */
  calendar: WorkingCalendar | null;
  /** "No issue overnight" (WALL_CLOCK only, first response only): see effectiveTargetMinutes. */
  sameDayCutoffMinute?: number | null;
  sameDayEndMinute?: number | null;
}

export interface SlaPause {
  from: Date;
  /** null = still paused. */
  to: Date | null;
}

export type SlaMetricName = "FIRST_RESPONSE" | "RESOLUTION";

const MINUTE = 60_000;
/** A calendar without a single working minute for this long is broken, not slow. */
const MAX_IDLE_DAYS = 800;

export function isWorkingDay(cal: WorkingCalendar, isoDate: string): boolean {
  if (cal.workingDays.has(isoDate)) return true;
  if (cal.holidays.has(isoDate)) return false;
  return cal.workDays.includes(isoWeekday(isoDate));
}

type Span = readonly [number, number];
const spanCache = new WeakMap<WorkingCalendar, Map<string, readonly Span[]>>();

/** The working intervals of one local day as instants (empty on days off). Cached per calendar object. */
function workSpans(cal: WorkingCalendar, isoDate: string): readonly Span[] {
  let byDay = spanCache.get(cal);
  if (!byDay) spanCache.set(cal, (byDay = new Map()));
  const cached = byDay.get(isoDate);
  if (cached) return cached;
  let spans: Span[] = [];
  if (isWorkingDay(cal, isoDate) && cal.workEnd > cal.workStart) {
    const { workStart: ws, workEnd: we } = cal;
    let minutes: [number, number][] = [[ws, we]];
    if (cal.lunchStart != null && cal.lunchEnd != null && cal.lunchEnd > cal.lunchStart) {
      const ls = Math.min(Math.max(cal.lunchStart, ws), we);
      const le = Math.min(Math.max(cal.lunchEnd, ls), we);
      minutes = [[ws, ls], [le, we]];
    }
    spans = minutes.filter(([a, b]) => b > a).map(([a, b]) => [zonedTime(cal.timeZone, isoDate, a), zonedTime(cal.timeZone, isoDate, b)] as const);
  }
  byDay.set(isoDate, spans);
  return spans;
}

function addBusinessMs(cal: WorkingCalendar, start: number, ms: number): number {
  if (!(ms > 0)) return start;
  let remaining = ms;
  let idle = 0;
  for (let day = localDay(cal.timeZone, start); ; day = nextIsoDay(day)) {
    const spans = workSpans(cal, day);
    if (spans.length === 0 && ++idle > MAX_IDLE_DAYS) throw new Error("The working calendar has no working time.");
    if (spans.length > 0) idle = 0;
    for (const [a, b] of spans) {
      const from = Math.max(a, start);
      if (from >= b) continue;
      // Landing exactly on the end of a span keeps that end (18:00), not the next morning.
      if (remaining <= b - from) return from + remaining;
      remaining -= b - from;
    }
  }
}

function businessMsBetween(cal: WorkingCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  const last = localDay(cal.timeZone, to);
  for (let day = localDay(cal.timeZone, from); ; day = nextIsoDay(day)) {
    for (const [a, b] of workSpans(cal, day)) {
      const overlap = Math.min(b, to) - Math.max(a, from);
      if (overlap > 0) total += overlap;
    }
    if (day >= last) return total;
  }
}

/** The instant `minutes` working minutes after `start` (a start outside working time counts from the next working minute). */
export function addBusinessMinutes(cal: WorkingCalendar, start: Date, minutes: number): Date {
  return new Date(addBusinessMs(cal, start.getTime(), Math.round(minutes * MINUTE)));
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  return businessMsBetween(cal, from.getTime(), to.getTime()) / MINUTE;
}

function calendarOf(rules: SlaRules): WorkingCalendar {
  if (!rules.calendar) throw new Error("BUSINESS SLA rules need a working calendar.");
  return rules.calendar;
}

function addSla(rules: SlaRules, start: number, ms: number): number {
  return rules.mode === "WALL_CLOCK" ? start + Math.max(0, ms) : addBusinessMs(calendarOf(rules), start, ms);
}

function measureSla(rules: SlaRules, from: number, to: number): number {
  return rules.mode === "WALL_CLOCK" ? Math.max(0, to - from) : businessMsBetween(calendarOf(rules), from, to);
}

/** Pauses clipped to [start, until], sorted and merged. Open pauses end at `until` (or are dropped without one). */
function normalizePauses(start: number, pauses: readonly SlaPause[], until: number | null): Span[] {
  const spans: [number, number][] = [];
  for (const p of pauses) {
    const to = p.to ? p.to.getTime() : until;
    if (to === null) continue;
    const from = Math.max(p.from.getTime(), start);
    const end = until === null ? to : Math.min(to, until);
    if (end > from) spans.push([from, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The instant at which `ms` of SLA time has been consumed, the clock standing still during the pauses. */
function consume(rules: SlaRules, start: number, ms: number, pauses: readonly Span[]): number {
  let cursor = start;
  let remaining = ms;
  for (const [from, to] of pauses) {
    if (from > cursor) {
      const available = measureSla(rules, cursor, from);
      // A pause that starts once the time is used up moves nothing: a breach stays a breach.
      if (remaining <= available) return addSla(rules, cursor, remaining);
      remaining -= available;
    }
    cursor = Math.max(cursor, to);
  }
  return addSla(rules, cursor, remaining);
}

/**
 * The target after the hypercare rule "问题不过夜" (no issue overnight), which applies to the first
 * response of WALL_CLOCK policies with both minutes set:
 * - filed before the cutoff (local minute < sameDayCutoffMinute): due no later than sameDayEndMinute
 *   of the same local day;
 * - filed at or after the cutoff: the evening's issues cannot all be answered that night, so the
 *   normal target applies, but never later than sameDayEndMinute of the next local day — the rule
 *   still guarantees nothing waits past the next day, however long the target.
 * The cap is expressed as a shorter target, so pauses push it like any other due time and the 75 %
 * warning comes at 75 % of the time really available. BUSINESS policies ignore the rule: their
 * clocks already stop at night, and "the same day" could be a day off.
 */
export function effectiveTargetMinutes(rules: SlaRules, input: { metric: SlaMetricName; startedAt: Date; targetMinutes: number }): number {
  const { sameDayCutoffMinute: cutoff, sameDayEndMinute: end } = rules;
  if (input.metric !== "FIRST_RESPONSE" || rules.mode !== "WALL_CLOCK" || cutoff == null || end == null) return input.targetMinutes;
  const start = input.startedAt.getTime();
  const today = localDay(rules.timeZone, start);
  let cap = zonedTime(rules.timeZone, localMinute(rules.timeZone, start) < cutoff ? today : nextIsoDay(today), end);
  // A cap already past (end before cutoff, a misconfiguration) falls to the next day rather than breaching at once.
  if (cap <= start) cap = zonedTime(rules.timeZone, nextIsoDay(today), end);
  return Math.min(input.targetMinutes, (cap - start) / MINUTE);
}

/**
 * Due time and the 75 % warning time for one metric, given the pauses so far. A closed pause shifts
 * both by the SLA time it covered (business minutes in BUSINESS mode); a pause still open pushes
 * nothing yet, the caller recomputes on resume.
 */
export function slaDeadline(
  rules: SlaRules,
  input: { metric: SlaMetricName; startedAt: Date; targetMinutes: number; pauses: readonly SlaPause[] },
): { dueAt: Date; warnAt: Date } {
  const start = input.startedAt.getTime();
  const target = Math.max(0, effectiveTargetMinutes(rules, input)) * MINUTE;
  const pauses = normalizePauses(start, input.pauses, null);
  return {
    dueAt: new Date(consume(rules, start, Math.round(target), pauses)),
    warnAt: new Date(consume(rules, start, Math.round(target * 0.75), pauses)),
  };
}

/**
 * Minutes of SLA time consumed between start and `now`, excluding pauses (an open pause counts as
 * paused up to `now`), and the fraction of the target used (1 = due, above 1 = breached).
 */
export function slaElapsed(
  rules: SlaRules,
  input: { startedAt: Date; now: Date; targetMinutes: number; pauses: readonly SlaPause[] },
): { minutes: number; fraction: number } {
  const start = input.startedAt.getTime();
  const now = input.now.getTime();
  let ms = measureSla(rules, start, now);
  for (const [from, to] of normalizePauses(start, input.pauses, now)) ms -= measureSla(rules, from, to);
  const minutes = Math.max(0, ms) / MINUTE;
  return { minutes, fraction: input.targetMinutes > 0 ? minutes / input.targetMinutes : 1 };
}
