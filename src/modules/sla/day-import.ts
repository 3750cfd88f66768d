// A year's holidays and 调休 days pasted as text or CSV, one day a line:
//   2026-10-01, 休, 国庆节        2026/9/20 班 国庆节调休上班        2026-10-10,WORKDAY,National Day
// Separators: comma (also ，), tab, semicolon or spaces. A header line ("date,kind,name" / "日期…")
// and lines starting with # are skipped. The name may be left out.

export type DayKind = "HOLIDAY" | "WORKDAY";

export interface ParsedDay {
  line: number;
  date: string;
  kind: DayKind;
  name: string | null;
}

export interface DayListResult {
  days: ParsedDay[];
  /** Lines that are not a day at all. */
  invalidLines: number[];
  /** Lines repeating a date given on an earlier line. */
  duplicateLines: number[];
}

const KINDS: Record<string, DayKind> = {
  休: "HOLIDAY", 假: "HOLIDAY", 放假: "HOLIDAY", 休息: "HOLIDAY", 节假日: "HOLIDAY", 假日: "HOLIDAY", holiday: "HOLIDAY", off: "HOLIDAY", h: "HOLIDAY",
  班: "WORKDAY", 上班: "WORKDAY", 补班: "WORKDAY", 调休: "WORKDAY", 调休上班: "WORKDAY", workday: "WORKDAY", work: "WORKDAY", w: "WORKDAY",
};

function parseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

export function parseDayList(text: string): DayListResult {
  const result: DayListResult = { days: [], invalidLines: [], duplicateLines: [] };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith("#")) return;
    const cells = trimmed.split(/[,，;；\t]|\s+/).map((c) => c.trim().replace(/^"|"$/g, "")).filter(Boolean);
    if (index === 0 && /date|日期/i.test(cells[0] ?? "")) return;
    const date = parseDate(cells[0] ?? "");
    const kind = KINDS[(cells[1] ?? "").toLowerCase()];
    const name = cells.slice(2).join(" ").slice(0, 80) || null;
    if (!date || !kind) return void result.invalidLines.push(line);
    if (seen.has(date)) return void result.duplicateLines.push(line);
    seen.add(date);
    result.days.push({ line, date, kind, name });
  });
  return result;
}
