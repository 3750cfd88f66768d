import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { normalizeHeader } from "@/modules/plan/transfer/columns";
import { plainCell, type Cell } from "@/modules/plan/transfer/cells";
import { COLUMNS, MAX_ROWS, REQUIRED_COLUMNS, type ColumnKey } from "./limits";
import type { ValueRow } from "./validate";

// An uploaded file as rows of cells keyed by column, whatever it is (.xlsx or CSV, told apart by its
// bytes, not its name), its encoding (UTF-8, UTF-16 or the GB18030 that Chinese Excel saves CSV in),
// its delimiter and the language of its headers. Nothing is validated here but the header.

export type FileKind = "xlsx" | "csv";

/** What the first bytes say: an .xlsx (a zip), an old binary .xls (refused), text (CSV), or something else. */
export function sniffFile(bytes: Uint8Array): FileKind | "xls" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "csv"; // UTF-16 BOM
  const head = bytes.subarray(0, 4096);
  // Text has no NUL bytes and few control characters; a PDF, image or executable has plenty.
  const controls = head.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length;
  return head.length > 0 && controls === 0 ? "csv" : null;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Headers recognized for each column, besides the key itself (any case, spaces and underscores ignored). */
const ALIASES: Record<ColumnKey, string[]> = {
  kpi_code: ["kpi", "code", "kpi code", "指标编码", "指标代码", "KPI编码", "KPI代码", "编码", "指标"],
  period: ["period start", "date", "day", "month", "week", "期间", "日期", "周期", "月份", "周", "期间开始", "统计期间"],
  value: ["actual", "amount", "数值", "值", "实际值", "指标值"],
  note: ["notes", "comment", "remark", "备注", "说明", "注释"],
};
const HEADERS = new Map<string, ColumnKey>(COLUMNS.flatMap((key) => [key, ...ALIASES[key]].map((h) => [normalizeHeader(h), key] as const)));

export interface RawValueFile {
  kind: FileKind;
  rows: ValueRow[];
  /** Row number of the header (exports sometimes put a title above it). */
  headerRow: number;
  missing: ColumnKey[];
  skippedEmpty: number;
  tooManyRows: boolean;
}

/** Throws when the bytes cannot be read as the kind they were sniffed as. */
export async function readValueFile(bytes: Buffer, kind: FileKind): Promise<RawValueFile> {
  const workbook = new ExcelJS.Workbook();
  let sheets: ExcelJS.Worksheet[];
  if (kind === "xlsx") {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    sheets = workbook.worksheets;
  } else {
    const text = decodeText(bytes).replace(/^\uFEFF/, "");
    // Every cell stays text (exceljs would otherwise guess dates in the US order); validation parses.
    const map = (datum: string) => (datum === "" ? null : datum);
    sheets = [await workbook.csv.read(Readable.from([text]), { map, parserOptions: { delimiter: delimiterOf(text) } } as never)];
  }
  const scanned = sheets.map((s) => ({ sheet: s, header: findHeader(s) }));
  const { sheet, header } = scanned.find((s) => s.header.missing.length === 0) ?? scanned[0]!;
  return { kind, ...readRows(sheet, header) };
}

/** The delimiter used most on the first line: comma, semicolon (European Excel) or tab. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, line.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

interface Header {
  row: number;
  columns: Map<number, ColumnKey>;
  missing: ColumnKey[];
}

/** The first of the top ten rows naming every required column (else row 1, with what is missing). */
function findHeader(sheet: ExcelJS.Worksheet): Header {
  let first: Header | null = null;
  for (let r = 1; r <= Math.min(10, Math.max(sheet.rowCount, 1)); r++) {
    const columns = new Map<number, ColumnKey>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = HEADERS.get(normalizeHeader(String(plainCell(cell.value) ?? "")));
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    const present = new Set(columns.values());
    const header = { row: r, columns, missing: REQUIRED_COLUMNS.filter((k) => !present.has(k)) };
    if (!header.missing.length) return header;
    first ??= header;
  }
  return first ?? { row: 1, columns: new Map(), missing: [...REQUIRED_COLUMNS] };
}

function readRows(sheet: ExcelJS.Worksheet, header: Header): Omit<RawValueFile, "kind"> {
  const rows: ValueRow[] = [];
  let skippedEmpty = 0;
  /** Empty rows count as skipped only when data follows them (not the blank tail Excel keeps). */
  let pendingEmpty = 0;
  let tooManyRows = false;
  if (header.missing.length) return { rows, headerRow: header.row, missing: header.missing, skippedEmpty, tooManyRows };
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    let empty = true;
    for (const [col, key] of header.columns) {
      const value = plainCell(row.getCell(col).value);
      cells[key] = value;
      if (value !== null) empty = false;
    }
    if (empty) {
      pendingEmpty++;
      continue;
    }
    skippedEmpty += pendingEmpty;
    pendingEmpty = 0;
    if (rows.length >= MAX_ROWS) {
      tooManyRows = true;
      break;
    }
    rows.push({ row: r, cells });
  }
  return { rows, headerRow: header.row, missing: [], skippedEmpty, tooManyRows };
}
