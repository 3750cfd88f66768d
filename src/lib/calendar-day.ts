/** Today's calendar date in a time zone, as a Date at UTC midnight (how plan dates are held). */
export function calendarToday(timeZone: string, now: Date = new Date()): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Minutes the zone is ahead of UTC at an instant (480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local calendar day ("YYYY-MM-DD", optionally shifted by whole days) begins in a zone. */
export function localMidnight(day: string, timeZone: string, plusDays = 0): Date {
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + plusDays);
  // Two passes settle days on which the offset changes (DST) near midnight.
  let guess = new Date(utcMidnight.getTime() - zoneOffsetMinutes(timeZone, utcMidnight) * 60_000);
  guess = new Date(utcMidnight.getTime() - zoneOffsetMinutes(timeZone, guess) * 60_000);
  return guess;
}
