// Local calendar days and wall-clock minutes in an IANA time zone, through Intl only (no library, no
// process zone): the SLA clock reads working hours "09:00 in Asia/Shanghai" whatever the server runs in.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function parts(timeZone: string, instant: number): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

/** The zone's offset from UTC at an instant, in ms (east positive: +8 h for Shanghai). */
function offsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = parts(timeZone, whole);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** True when Intl knows the zone (what the settings accept). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDay(timeZone: string, instant: Date | number): string {
  const p = parts(timeZone, typeof instant === "number" ? instant : instant.getTime());
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Whole minutes after local midnight (0…1439). */
export function localMinute(timeZone: string, instant: Date | number): number {
  const p = parts(timeZone, typeof instant === "number" ? instant : instant.getTime());
  return p.hour * 60 + p.minute;
}

/**
 * The instant a local day reaches a wall-clock minute (1440 = the next midnight). In a DST gap the
 * clock jumps, so 02:30 on a spring-forward night maps to 03:30 summer time; in the repeated autumn
 * hour the later occurrence is taken. Working hours rarely sit there; the rule only needs to be fixed.
 */
export function zonedTime(timeZone: string, isoDate: string, minute: number): number {
  const wall = Date.parse(`${isoDate}T00:00:00.000Z`) + minute * 60_000;
  const first = offsetAt(timeZone, wall);
  const guess = wall - first;
  const second = offsetAt(timeZone, guess);
  if (second === first) return guess;
  const retry = wall - second;
  if (offsetAt(timeZone, retry) === second) return retry;
  // Inside a gap: neither offset reproduces the wall time; move past the gap by the offset before it.
  return wall - Math.min(first, second);
}

export function nextIsoDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function addIsoDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return ((new Date(`${isoDate}T00:00:00.000Z`).getUTCDay() + 6) % 7) + 1;
}
