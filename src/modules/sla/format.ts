// Minutes as people type and read them: "09:00" on a clock, "4", "0.5" or "1:30" hours for targets.

const pad = (n: number) => String(n).padStart(2, "0");

/** 540 → "09:00"; 1440 → "24:00" (a working day may end at midnight). */
export function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "9:00", "09:00" or "24:00" → minutes after midnight; anything else → null. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : null;
}

/**
 * A duration typed as hours: "4", "0.5", "1.25", "1:30" (h:mm), or with a unit: "90m", "90 min",
 * "90分钟", "4h", "4小时". Returns minutes (rounded; zero or negative are returned for the caller to
 * refuse with a clear message) or null when it is not a number at all.
 */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, "");
  if (!s) return null;
  const clock = /^(-?)(\d+):([0-5]\d)$/.exec(s);
  if (clock) return (clock[1] ? -1 : 1) * (Number(clock[2]) * 60 + Number(clock[3]));
  const unit = /^(-?\d+(?:\.\d+)?)(h|hr|hrs|hours?|小时|m|min|mins|minutes?|分钟|分)?$/.exec(s);
  if (!unit) return null;
  const value = Number(unit[1]);
  const inMinutes = unit[2] !== undefined && /^(m|min|mins|minutes?|分钟|分)$/.test(unit[2]);
  return Math.round(inMinutes ? value : value * 60);
}

/** What a target field shows: decimal hours when they are whole quarters ("0.25", "4"), else h:mm. */
export function hoursText(minutes: number): string {
  if (minutes % 15 === 0) return String(minutes / 60);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

/** Hours and minutes for the "{h} h {m} min" messages. */
export function durationParts(minutes: number): { h: number; m: number } {
  const whole = Math.round(minutes);
  return { h: Math.floor(whole / 60), m: whole % 60 };
}
