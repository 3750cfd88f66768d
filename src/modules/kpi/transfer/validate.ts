import type { KpiFrequency, KpiSource } from "@/generated/prisma/enums";
import { cellText, type Cell } from "@/modules/plan/transfer/cells";
import type { KpiValueInput } from "../values";
import { E, MAX_NOTE, type ColumnKey } from "./limits";
import { alignPeriod, parsePeriodCell } from "./period";
import { parseValueCell } from "./value";

// Every rule a row of KPI values must meet, checked on every row so one upload reports every problem
// at once. Nothing here writes: the caller writes only when the error list is empty.

export interface ValueRow {
  /** The row number people see: the spreadsheet's row, or the position in a REST request (from 1). */
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

export interface RowError {
  /** Null for a problem with the whole file. */
  row: number | null;
  column: ColumnKey | null;
  key: string;
  params?: Record<string, string | number>;
}

export interface KpiForImport {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  source: KpiSource;
  active: boolean;
  frequency: KpiFrequency;
  ownerId: string | null;
}

export interface ValidateOptions {
  /** The KPI with this code (upper-cased), if any. */
  kpi(code: string): KpiForImport | undefined;
  /** Today in the portal's zone: periods starting later are refused. */
  today: string;
  /** Per-record right to write this KPI's values (REST: owner or manager); everyone when omitted. */
  mayWrite?(kpi: KpiForImport): boolean;
}

export interface ValidBatch {
  kpi: KpiForImport;
  values: KpiValueInput[];
}

export type Validation =
  | { ok: true; batches: ValidBatch[]; rows: number; normalised: number }
  | { ok: false; errors: RowError[] };

export const normaliseCode = (text: string) => text.normalize("NFKC").trim().toUpperCase();

export function validateValueRows(rows: ValueRow[], options: ValidateOptions): Validation {
  const errors: RowError[] = [];
  const batches = new Map<string, ValidBatch>();
  /** "kpiId|periodStart" → the row that first gave it. */
  const seen = new Map<string, number>();
  let normalised = 0;

  for (const { row, cells } of rows) {
    const err = (column: ColumnKey | null, key: string, params?: Record<string, string | number>) => errors.push({ row, column, key: E + key, params });
    const before = errors.length;

    const code = normaliseCode(cellText(cells.kpi_code ?? null));
    let kpi: KpiForImport | undefined;
    if (!code) err("kpi_code", "required");
    else {
      kpi = options.kpi(code);
      if (!kpi) err("kpi_code", "unknownKpi", { code });
      // The computation would overwrite the value on its next run, and the number would lie meanwhile.
      else if (kpi.source === "COMPUTED") err("kpi_code", "computedKpi", { code });
      else if (!kpi.active) err("kpi_code", "archivedKpi", { code });
      else if (options.mayWrite && !options.mayWrite(kpi)) err("kpi_code", "notOwner", { code });
    }

    const periodCell = cells.period ?? null;
    const given = parsePeriodCell(periodCell);
    let start: string | null = null;
    if (!given) err("period", cellText(periodCell) ? "badPeriod" : "required", { value: cellText(periodCell) });
    else if (kpi) {
      const aligned = alignPeriod(given, kpi.frequency);
      if (!aligned.ok) err("period", aligned.key, { value: cellText(periodCell) });
      else if (aligned.periodStart > options.today) err("period", "futurePeriod", { period: aligned.periodStart });
      else {
        start = aligned.periodStart;
        if (aligned.normalised) normalised++;
      }
    }

    const valueCell = cells.value ?? null;
    const value = parseValueCell(valueCell);
    if (value === null) err("value", cellText(valueCell) ? "notNumber" : "required", { value: cellText(valueCell) });

    const note = cellText(cells.note ?? null);
    if (note.length > MAX_NOTE) err("note", "noteTooLong", { max: MAX_NOTE });

    if (kpi && start) {
      const key = `${kpi.id}|${start}`;
      const first = seen.get(key);
      if (first !== undefined) err("period", "duplicate", { code: kpi.code, period: start, first });
      else seen.set(key, row);
    }
    if (errors.length > before || !kpi || !start || value === null) continue;
    const batch = batches.get(kpi.id) ?? { kpi, values: [] };
    batch.values.push({ periodStart: start, value, note: note || null });
    batches.set(kpi.id, batch);
  }

  if (errors.length) return { ok: false, errors };
  return { ok: true, batches: [...batches.values()], rows: rows.length, normalised };
}
