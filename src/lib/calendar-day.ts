/** Today's calendar date in a time zone, as a Date at UTC midnight (how plan dates are held). */
export function calendarToday(timeZone: string, now: Date = new Date()): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${iso}T00:00:00.000Z`);
}
