import type { DaySet } from "../dates";

// Critical path method over finish-to-start dependencies, counted in working days (Monday to
// Friday minus holidays, plus adjusted working days, as in dates.ts). A task's planned start acts as
// a "start no earlier than" constraint: a week-10 task without predecessors cannot start in week 1,
// so the path ends at the plan's real finish instead of at the end of the longest chain of links.
// Pure and linear in tasks + dependencies: the Gantt of a 2,000-task plan computes it per request.

export interface CpmTask {
  id: string;
  start: Date;
  end: Date;
  predecessorIds: readonly string[];
}

export interface CpmTiming {
  /** Working-day indexes: starts inclusive, finishes exclusive (finish - start = duration). */
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Working days the task can slip without moving the plan's finish. */
  totalFloat: number;
}

export interface CpmResult {
  timings: Map<string, CpmTiming>;
  /** Tasks without float: any delay to one of them delays the plan's finish. */
  critical: Set<string>;
  /** The plan's last working day after the forward pass (null without tasks). */
  finish: Date | null;
  /** True when dependencies loop; the loop is broken arbitrarily rather than failing the page. */
  cyclic: boolean;
}

export interface CpmCalendar {
  holidays?: DaySet;
  extraWorkdays?: DaySet;
}

const DAY = 86_400_000;
// Days are numbered from 1970-01-05, a Monday, so that a day's working-day index is a closed
// formula (plus O(log holidays)) instead of a walk through the calendar.
const EPOCH_DAY = 4;
const dayNumber = (d: Date) => Math.round(d.getTime() / DAY) - EPOCH_DAY;

/** Working days from the epoch Monday up to (not including) a day: its working-day index. */
export function workingDayCounter({ holidays = new Set(), extraWorkdays = new Set() }: CpmCalendar = {}) {
  const mod7 = (e: number) => ((e % 7) + 7) % 7;
  const isWeekend = (e: number) => mod7(e) >= 5;
  const toDayNumber = (iso: string) => dayNumber(new Date(`${iso}T00:00:00.000Z`));
  // Only days that change the count matter: weekday holidays (not also declared working) and weekend workdays.
  const off = [...holidays].filter((d) => !extraWorkdays.has(d)).map(toDayNumber).filter((e) => !isWeekend(e)).sort((a, b) => a - b);
  const on = [...extraWorkdays].map(toDayNumber).filter(isWeekend).sort((a, b) => a - b);
  const before = (sorted: number[], e: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < e) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Index of the day numbered e (days since the epoch Monday). */
  const count = (e: number) => Math.floor(e / 7) * 5 + Math.min(mod7(e), 5) - (off.length ? before(off, e) : 0) + (on.length ? before(on, e) : 0);
  return Object.assign((d: Date) => count(dayNumber(d)), { ofDayNumber: count });
}

export function criticalPath(tasks: readonly CpmTask[], calendar: CpmCalendar = {}): CpmResult {
  const index = workingDayCounter(calendar);
  const n = tasks.length;
  // Positions instead of ids from here on: typed arrays and one Map lookup per link keep a
  // 2,000-task plan around a millisecond.
  const position = new Map<string, number>();
  tasks.forEach((t, i) => position.set(t.id, i));
  const preds: number[][] = tasks.map((t, i) => {
    const list: number[] = [];
    for (const id of t.predecessorIds) {
      const p = position.get(id);
      if (p !== undefined && p !== i && !list.includes(p)) list.push(p);
    }
    return list;
  });
  const succs: number[][] = tasks.map(() => []);
  const waiting = new Int32Array(n);
  preds.forEach((list, i) => {
    waiting[i] = list.length;
    for (const p of list) succs[p]!.push(i);
  });

  // Kahn's order; tasks stuck in a loop are appended in input order.
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) for (const s of succs[order[k]!]!) if (--waiting[s]! === 0) order.push(s);
  const cyclic = order.length < n;
  if (cyclic) {
    const placed = new Set(order);
    for (let i = 0; i < n; i++) if (!placed.has(i)) order.push(i);
  }

  const es = new Float64Array(n).fill(NaN);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n).fill(NaN);
  const lf = new Float64Array(n);
  let finish = -Infinity;
  for (const i of order) {
    const t = tasks[i]!;
    const first = index(t.start);
    const duration = Math.max(0, index.ofDayNumber(dayNumber(t.end) + 1) - first);
    let start = first;
    // NaN (a predecessor not reached yet, only inside a loop) never wins the comparison.
    for (const p of preds[i]!) if (ef[p]! > start && !Number.isNaN(es[p]!)) start = ef[p]!;
    es[i] = start;
    ef[i] = start + duration;
    if (ef[i]! > finish) finish = ef[i]!;
  }

  const timings = new Map<string, CpmTiming>();
  const critical = new Set<string>();
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    let late = finish;
    for (const s of succs[i]!) if (ls[s]! < late) late = ls[s]!;
    lf[i] = late;
    ls[i] = late - (ef[i]! - es[i]!);
    const totalFloat = ls[i]! - es[i]!;
    timings.set(tasks[i]!.id, { earlyStart: es[i]!, earlyFinish: ef[i]!, lateStart: ls[i]!, lateFinish: lf[i]!, totalFloat });
    if (totalFloat <= 0) critical.add(tasks[i]!.id);
  }

  return { timings, critical, finish: n ? workingDayAt(finish - 1, index) : null, cyclic };
}

/** The working day with index n: the weekday estimate is never late, so step forward from it. */
function workingDayAt(n: number, index: ReturnType<typeof workingDayCounter>): Date {
  let e = Math.floor(n / 5) * 7 + (((n % 5) + 5) % 5);
  // count(e + 1) - count(e) is 1 exactly when day e is a working day.
  while (index.ofDayNumber(e) < n || index.ofDayNumber(e + 1) === index.ofDayNumber(e)) e++;
  return new Date((e + EPOCH_DAY) * DAY);
}
