import { daysBetween } from "../dates";
import type { GanttLabels } from "./labels";
import type { GanttModel, GanttRow } from "./model";

// Texts of the per-task markup, HTML-escaped where they are made: translations once, each
// calendar day once, user-entered titles and names once per task. Escaping each composed
// tooltip instead cost more than drawing its bar.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function esc(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

export type TaskRow = Extract<GanttRow, { kind: "task" }>;

export function markupText(model: GanttModel, labels: GanttLabels) {
  const { t } = labels;
  const word = (key: string) => esc(t(key));
  const words = {
    planned: word("bar.planned"),
    baseline: word("bar.baseline"),
    actual: word("bar.actual"),
    critical: word("legend.critical"),
    slipped: word("legend.slipped"),
    overdue: word("bar.overdue"),
    unassigned: word("list.unassigned"),
  };
  const status = Object.fromEntries(Object.entries(labels.status).map(([k, v]) => [k, esc(v)]));
  // Every drawn date lies in the chart's range, so a day's text is cached at its offset in it.
  const days: string[] = [];
  const day = (d: Date) => {
    const i = daysBetween(model.start, d);
    return (days[i] ??= esc(labels.date(d)));
  };
  // Tasks of a week share their dates, so ranges repeat too (keyed by both offsets).
  const ranges = new Map<number, string>();
  const range = (s: Date, e: Date) => {
    const key = daysBetween(model.start, s) * 65_536 + daysBetween(model.start, e);
    let text = ranges.get(key);
    if (text === undefined) ranges.set(key, (text = s.getTime() === e.getTime() ? day(s) : `${day(s)} – ${day(e)}`));
    return text;
  };
  const byNumber = (phrase: (n: number) => string) => {
    const cache: string[] = [];
    return (n: number) => (cache[n] ??= esc(phrase(n)));
  };
  const float = byNumber(labels.float);
  const slipDays = byNumber(labels.slipDays);
  const progress = byNumber(labels.progress);

  const periods = new Map<string, string>();
  const period = (label: string) => periods.get(label) ?? periods.set(label, esc(label)).get(label)!;

  /** The tooltip and accessible name of a task's bar: what and when, status, the three date ranges, flags. */
  function barTitle(row: TaskRow, title: string): string {
    const task = row.task;
    const percent = Math.min(100, Math.max(0, task.progress));
    // Progress only says something between "not started" and "done".
    const state = task.status === "DONE" || (task.status === "NOT_STARTED" && percent === 0) ? status[task.status] : `${status[task.status]} · ${progress(percent)}`;
    let text = `#${task.seq} ${title}${task.periodLabel ? ` · ${period(task.periodLabel)}` : ""}\n${state}`;
    text += `\n${words.planned}: ${range(task.plannedStart, task.plannedEnd)}`;
    if (task.baselineStart && task.baselineEnd) text += `\n${words.baseline}: ${range(task.baselineStart, task.baselineEnd)}`;
    if (task.actualStart) text += `\n${words.actual}: ${task.actualEnd ? range(task.actualStart, task.actualEnd) : `${day(task.actualStart)} –`}`;
    text += `\n${row.critical ? words.critical : float(Math.max(0, row.totalFloat))}`;
    if (row.slip?.baselineDays) text += `\n${slipDays(row.slip.baselineDays)}`;
    if (row.slip?.overdue) text += `\n${words.overdue}`;
    return text;
  }

  return { words, range, barTitle };
}
