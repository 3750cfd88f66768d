import { LOCALES, type Locale } from "@/i18n/config";
import { translator } from "@/i18n/messages";

// The workbook layout shared by the export and the import. Headers are written in the user's
// language; the import recognizes either language (or the column key itself), in any column order.

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** next-intl's translator typed loosely: the keys here are built at run time. */
export function translate(locale: Locale): Translate {
  return translator(locale) as unknown as Translate;
}

export type ColumnKind = "text" | "wrap" | "date" | "number";

export interface ColumnSpec {
  key: string;
  width: number;
  kind: ColumnKind;
  /** The import refuses a sheet without this column. */
  required?: boolean;
}

const col = (key: string, width: number, kind: ColumnKind = "text", required = false): ColumnSpec => ({ key, width, kind, required });

export const PLAN_COLUMNS = [
  col("phaseCode", 10, "text", true),
  col("phaseName", 28),
  col("periodNo", 10, "number"),
  col("periodLabel", 12, "text", true),
  col("periodTitle", 24, "text", true),
  col("seq", 10, "number", true),
  col("title", 44, "wrap", true),
  col("description", 36, "wrap"),
  col("plannedStart", 13, "date", true),
  col("plannedEnd", 13, "date", true),
  col("actualStart", 13, "date"),
  col("actualEnd", 13, "date"),
  col("status", 11),
  col("progress", 10, "number"),
  col("owner", 28),
  col("departments", 26),
  col("people", 28),
  col("predecessors", 14),
  col("deliverables", 56, "wrap"),
] as const satisfies readonly ColumnSpec[];

export const PERIOD_COLUMNS = [
  col("phaseCode", 10, "text", true),
  col("phaseName", 32, "text", true),
  col("phaseGoal", 40, "wrap"),
  col("periodNo", 10, "number", true),
  col("periodLabel", 14, "text", true),
  col("periodTitle", 28, "text", true),
  col("coreContent", 40, "wrap"),
  col("periodStart", 13, "date", true),
  col("periodEnd", 13, "date", true),
] as const satisfies readonly ColumnSpec[];

export const MILESTONE_COLUMNS = [
  col("kind", 18, "text", true),
  col("name", 28, "text", true),
  col("date", 13, "date", true),
  col("achievedAt", 13, "date"),
] as const satisfies readonly ColumnSpec[];

export type SheetKey = "plan" | "periods" | "milestones" | "readme";

export function columnHeader(t: Translate, key: string): string {
  return t(`planTransfer.columns.${key}`);
}

export function sheetName(t: Translate, key: SheetKey): string {
  return t(`planTransfer.sheets.${key}`);
}

/** Case, spaces and full-width brackets do not matter when matching a header. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-()（）.。%]/g, "");
}

/** Every spelling a header or sheet name may have: the key and its name in each language. */
export function aliases(kind: "columns" | "sheets", key: string): Set<string> {
  const id = `${kind}.${key}`;
  let found = aliasCache.get(id);
  if (!found) {
    const names = LOCALES.map((l) => translate(l)(`planTransfer.${id}`));
    found = new Set([key, ...names].map(normalizeHeader));
    aliasCache.set(id, found);
  }
  return found;
}
const aliasCache = new Map<string, Set<string>>();
