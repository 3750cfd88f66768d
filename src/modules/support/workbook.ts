import "server-only";
import ExcelJS from "exceljs";
import type { XlsxColumn } from "@/server/xlsx";

export interface Sheet<T> {
  name: string;
  columns: XlsxColumn<T>[];
  rows: T[];
}

/** Several worksheets (one per chart or list), each with a bold, frozen header row and an auto-filter. */
export async function workbookResponse(filename: string, sheets: Sheet<never>[]): Promise<Response> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const used = new Set<string>();
  for (const s of sheets) {
    // Excel: at most 31 characters, no []:*?/\ and unique names.
    let name = s.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
    for (const row of s.rows) sheet.addRow(s.columns.map((c) => c.value(row) ?? null));
    sheet.getRow(1).font = { bold: true };
    if (s.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(buffer as ArrayBuffer, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}

/** A typed sheet, widened for the list `workbookResponse` takes. */
export function sheet<T>(name: string, columns: XlsxColumn<T>[], rows: T[]): Sheet<never> {
  return { name, columns, rows } as unknown as Sheet<never>;
}
