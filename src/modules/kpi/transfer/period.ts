import { parseDateCell, type Cell } from "@/modules/plan/transfer/cells";
import { addDays, grainOf, periodStart, toDay, type Frequency } from "../logic";

// What an ERP export writes in its period column, turned into the first day of the KPI's period.
// Exports differ: real dates (or Excel serials), "2026-11", "2026年11月", "202611", "2026-W47",
// "2026年第47周". A finer period is normalised to the KPI's (a day of a monthly KPI → the 1st);
// a coarser one cannot be (which week of November?) and is refused.

export type GivenGrain = "DAY" | "WEEK" | "MONTH";

export interface ParsedPeriod {
  /** The first day of what the cell names, "YYYY-MM-DD". */
  day: string;
  grain: GivenGrain;
}

const FINENESS: Record<GivenGrain, number> = { DAY: 0, WEEK: 1, MONTH: 2 };

/** Monday of ISO week `week` of `year`; null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const jan4 = `${year}-01-04`;
  const firstMonday = addDays(jan4, -((new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7));
  const monday = addDays(firstMonday, (week - 1) * 7);
  // A week belongs to the year of its Thursday: week 53 exists only in years whose last week reaches it.
  return addDays(monday, 3).slice(0, 4) === String(year) ? monday : null;
}

function month(year: number, m: number): ParsedPeriod | null {
  return year >= 1900 && year <= 2200 && m >= 1 && m <= 12 ? { day: `${year}-${String(m).padStart(2, "0")}-01`, grain: "MONTH" } : null;
}

function week(year: number, w: number): ParsedPeriod | null {
  const day = year >= 1900 && year <= 2200 ? isoWeekMonday(year, w) : null;
  return day ? { day, grain: "WEEK" } : null;
}

function fromDate(d: Date | null | undefined): ParsedPeriod | null {
  return d ? { day: toDay(d), grain: "DAY" } : null;
}

/** The period a cell names, or null when it names none (empty cells included). */
export function parsePeriodCell(cell: Cell): ParsedPeriod | null {
  if (cell === null || typeof cell === "boolean") return null;
  if (cell instanceof Date) return fromDate(parseDateCell(cell));
  if (typeof cell === "number") {
    // 202611 and 20261101 are how some ERPs number periods; anything else is an Excel date serial.
    if (Number.isInteger(cell) && cell >= 190001 && cell <= 220012) return month(Math.floor(cell / 100), cell % 100);
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 22001231) return parsePeriodCell(String(cell));
    return fromDate(parseDateCell(cell));
  }
  const s = cell.normalize("NFKC").trim().toUpperCase();
  let m = /^(\d{4})\s*[-/.年]?\s*(?:W|第)\s*(\d{1,2})\s*周?$/.exec(s);
  if (m) return week(Number(m[1]), Number(m[2]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return fromDate(parseDateCell(`${m[1]}-${m[2]}-${m[3]}`));
  return fromDate(parseDateCell(s));
}

export type PeriodCheck =
  | { ok: true; periodStart: string; normalised: boolean }
  | { ok: false; key: "periodGrain" };

/** The KPI's period holding what the cell named; refused when the cell names a coarser period than the KPI's. */
export function alignPeriod(given: ParsedPeriod, frequency: Frequency): PeriodCheck {
  const grain = grainOf(frequency) as GivenGrain;
  if (FINENESS[given.grain] > FINENESS[grain]) return { ok: false, key: "periodGrain" };
  const start = periodStart(given.day, grain);
  return { ok: true, periodStart: start, normalised: start !== given.day };
}
