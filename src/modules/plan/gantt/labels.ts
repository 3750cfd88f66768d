import type { TaskStatus } from "@/generated/prisma/enums";
import { daysBetween } from "../dates";

// The chart takes its words already translated, so that it renders the same under next-intl's
// getTranslations("gantt") (the page) and translator(locale) (the benchmark, outside a request).

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const STATUSES: TaskStatus[] = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE"];

export interface GanttLabels {
  locale: string;
  t: Translate;
  status: Record<TaskStatus, string>;
  /** A calendar day as the other plan pages write it (2026/03/02 · 03/02/2026). */
  date: (d: Date) => string;
  /** Per-task phrases around a number. */
  slipDays: (days: number) => string;
  float: (days: number) => string;
  progress: (percent: number) => string;
}

// Plan dates are UTC midnights (calendar days): formatted in UTC so no zone shifts the day. Making
// an Intl.DateTimeFormat costs a good part of a millisecond, so each is made once per locale.
const FORMATS = {
  day: { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" },
  month: { year: "numeric", month: "short", timeZone: "UTC" },
  monthDay: { month: "numeric", day: "numeric", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, FORMATS[kind])));
  return format;
}

// A day's text never changes for a locale, and formatting one costs ~2 µs: a 2,000-task plan shows
// hundreds of days on every request. Kept per process, emptied if it ever grows large.
const dayTexts = new Map<string, string>();
const MAX_DAY_TEXTS = 50_000;

export function ganttLabels(t: Translate, locale: string): GanttLabels {
  const format = dateFormat(locale, "day");
  return {
    locale,
    t,
    status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<TaskStatus, string>,
    date: (d) => {
      const key = `${locale} ${d.getTime()}`;
      let text = dayTexts.get(key);
      if (text === undefined) {
        if (dayTexts.size >= MAX_DAY_TEXTS) dayTexts.clear();
        dayTexts.set(key, (text = format.format(d)));
      }
      return text;
    },
    slipDays: numberPhrase(t, "bar.slipDays"),
    float: numberPhrase(t, "bar.float"),
    progress: numberPhrase(t, "bar.progress"),
  };
}

// A phrase around one number, translated once: the ICU formatter costs ~10 µs a call, and a
// 2,000-task plan has hundreds of distinct float values. So these messages take {n} as plain text
// (no plural forms: the English ones are worded to read right for any number).
const MARK = "\u241f";
function numberPhrase(t: Translate, key: string): (n: number) => string {
  const [before = "", after = ""] = t(key, { n: MARK }).split(MARK);
  return (n) => before + n + after;
}

export function dateRange(labels: GanttLabels, start: Date, end: Date): string {
  return daysBetween(start, end) === 0 ? labels.date(start) : `${labels.date(start)} – ${labels.date(end)}`;
}
