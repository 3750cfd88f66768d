import ExcelJS from "exceljs";
import { aliases, MILESTONE_COLUMNS, normalizeHeader, PERIOD_COLUMNS, PLAN_COLUMNS, type ColumnSpec, type SheetKey } from "./columns";
import { plainCell, type Cell } from "./cells";

// The workbook as rows of cells keyed by column key, whatever the language and order of the
// headers. Nothing is validated here but the presence of the required columns.

export const MAX_ROWS = 5000;

export interface SheetRow {
  /** The row number people see in Excel (the header is row 1). */
  row: number;
  cells: Record<string, Cell>;
}

export interface RawSheet {
  name: string;
  rows: SheetRow[];
  /** Required column keys with no header in the sheet. */
  missing: string[];
  tooManyRows: boolean;
}

export interface RawWorkbook {
  plan: RawSheet | null;
  periods: RawSheet | null;
  milestones: RawSheet | null;
}

const SPECS: Record<Exclude<SheetKey, "readme">, readonly ColumnSpec[]> = { plan: PLAN_COLUMNS, periods: PERIOD_COLUMNS, milestones: MILESTONE_COLUMNS };

/** Throws when the bytes are not an .xlsx workbook. */
export async function readWorkbook(bytes: Buffer | ArrayBuffer): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const found = new Map<SheetKey, ExcelJS.Worksheet>();
  for (const sheet of workbook.worksheets) {
    const name = normalizeHeader(sheet.name);
    const key = (["plan", "periods", "milestones", "readme"] as const).find((k) => aliases("sheets", k).has(name));
    if (key && !found.has(key)) found.set(key, sheet);
  }
  // A workbook someone made from scratch may keep Excel's "Sheet1": its first unnamed sheet is the plan.
  if (!found.has("plan")) {
    const known = new Set(found.values());
    const first = workbook.worksheets.find((s) => !known.has(s));
    if (first) found.set("plan", first);
  }
  const read = (key: Exclude<SheetKey, "readme">) => {
    const sheet = found.get(key);
    return sheet ? readSheet(sheet, SPECS[key]) : null;
  };
  return { plan: read("plan"), periods: read("periods"), milestones: read("milestones") };
}

function readSheet(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[]): RawSheet {
  const byColumn = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, colNumber) => {
    const header = normalizeHeader(String(plainCell(cell.value) ?? ""));
    const spec = columns.find((c) => aliases("columns", c.key).has(header));
    if (spec && ![...byColumn.values()].includes(spec.key)) byColumn.set(colNumber, spec.key);
  });
  const present = new Set(byColumn.values());
  const rows: SheetRow[] = [];
  let tooManyRows = false;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1 || tooManyRows) return;
    const cells: Record<string, Cell> = Object.fromEntries(columns.map((c) => [c.key, null]));
    let empty = true;
    for (const [colNumber, key] of byColumn) {
      const value = plainCell(row.getCell(colNumber).value);
      cells[key] = value;
      if (value !== null) empty = false;
    }
    if (empty) return;
    if (rows.length >= MAX_ROWS) tooManyRows = true;
    else rows.push({ row: rowNumber, cells });
  });
  return { name: sheet.name, rows, missing: columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.key), tooManyRows };
}
