// Database rows → the clock's inputs. Pure, so the settings pages, the service and tests share it.
import type { SlaRules, WorkingCalendar } from "./clock";

export interface CalendarRow {
  timeZone: string;
  workDays: number[];
  workStart: number;
  workEnd: number;
  lunchStart: number | null;
  lunchEnd: number | null;
  days: { date: Date; kind: "HOLIDAY" | "WORKDAY" }[];
}

export interface PolicyRow {
  mode: "BUSINESS" | "WALL_CLOCK";
  sameDayCutoffMinute: number | null;
  sameDayEndMinute: number | null;
  calendar: CalendarRow | null;
}

/** CalendarDay.date is a PostgreSQL `date`, read as UTC midnight: its ISO day is the local day meant. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function toWorkingCalendar(row: CalendarRow): WorkingCalendar {
  return {
    timeZone: row.timeZone,
    workDays: row.workDays,
    workStart: row.workStart,
    workEnd: row.workEnd,
    lunchStart: row.lunchStart,
    lunchEnd: row.lunchEnd,
    holidays: new Set(row.days.filter((d) => d.kind === "HOLIDAY").map((d) => isoDate(d.date))),
    workingDays: new Set(row.days.filter((d) => d.kind === "WORKDAY").map((d) => isoDate(d.date))),
  };
}

/** A policy's rules; its zone is its calendar's, or the portal's when it has none (wall-clock policies). */
export function toSlaRules(row: PolicyRow, portalTimeZone: string): SlaRules {
  const calendar = row.calendar ? toWorkingCalendar(row.calendar) : null;
  return {
    mode: row.mode,
    timeZone: calendar?.timeZone ?? portalTimeZone,
    calendar,
    sameDayCutoffMinute: row.sameDayCutoffMinute,
    sameDayEndMinute: row.sameDayEndMinute,
  };
}
