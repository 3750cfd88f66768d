// A hypercare window is typed as two inclusive calendar days and kept as instants:
// [start of the first day, start of the day after the last) in the portal's zone.
import { localDay, zonedTime } from "./zoned-time";

export function windowFromDays(timeZone: string, fromDay: string, toDay: string): { validFrom: Date; validTo: Date } {
  return { validFrom: new Date(zonedTime(timeZone, fromDay, 0)), validTo: new Date(zonedTime(timeZone, toDay, 1440)) };
}

export function windowToDays(timeZone: string, validFrom: Date | null, validTo: Date | null): { from: string; to: string } | null {
  if (!validFrom || !validTo) return null;
  return { from: localDay(timeZone, validFrom), to: localDay(timeZone, validTo.getTime() - 1) };
}
