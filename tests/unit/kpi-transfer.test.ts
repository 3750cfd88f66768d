import { describe, expect, it } from "vitest";
import { alignPeriod, isoWeekMonday, parsePeriodCell } from "@/modules/kpi/transfer/period";
import { decodeText, sniffFile } from "@/modules/kpi/transfer/read-file";
import { validateValueRows, type KpiForImport, type ValueRow } from "@/modules/kpi/transfer/validate";
import { parseValueCell } from "@/modules/kpi/transfer/value";

describe("period cells as ERP exports write them", () => {
  it.each([
    ["2026-11-16", { day: "2026-11-16", grain: "DAY" }],
    ["2026/11/3", { day: "2026-11-03", grain: "DAY" }],
    ["2026年11月3日", { day: "2026-11-03", grain: "DAY" }],
    ["20261103", { day: "2026-11-03", grain: "DAY" }],
    ["2026-11-16 08:30:00", { day: "2026-11-16", grain: "DAY" }],
    ["2026-11", { day: "2026-11-01", grain: "MONTH" }],
    ["2026年11月", { day: "2026-11-01", grain: "MONTH" }],
    ["202611", { day: "2026-11-01", grain: "MONTH" }],
    ["2026-W47", { day: "2026-11-16", grain: "WEEK" }],
    ["2026w47", { day: "2026-11-16", grain: "WEEK" }],
    ["2026年第47周", { day: "2026-11-16", grain: "WEEK" }],
    ["２０２６－１１", { day: "2026-11-01", grain: "MONTH" }],
  ])("%s", (text, expected) => {
    expect(parsePeriodCell(text)).toEqual(expected);
  });

  it("reads real dates, Excel serials and numbered months", () => {
    expect(parsePeriodCell(new Date("2026-11-16T00:00:00Z"))).toEqual({ day: "2026-11-16", grain: "DAY" });
    expect(parsePeriodCell(46342)).toEqual({ day: "2026-11-16", grain: "DAY" });
    expect(parsePeriodCell(202611)).toEqual({ day: "2026-11-01", grain: "MONTH" });
    expect(parsePeriodCell(20261116)).toEqual({ day: "2026-11-16", grain: "DAY" });
  });

  it.each(["", "2026-13", "2026-02-30", "2026-W54", "2025-W53", "next month", "11/16/2026"])("refuses %j", (text) => {
    expect(parsePeriodCell(text === "" ? null : text)).toBeNull();
  });

  it("finds ISO week Mondays, week 53 only where it exists", () => {
    expect(isoWeekMonday(2026, 1)).toBe("2025-12-29");
    expect(isoWeekMonday(2020, 53)).toBe("2020-12-28");
    expect(isoWeekMonday(2026, 53)).toBe("2026-12-28");
    expect(isoWeekMonday(2025, 53)).toBeNull();
  });

  it("moves a day to its KPI's period and refuses a coarser period", () => {
    expect(alignPeriod({ day: "2026-11-18", grain: "DAY" }, "MONTHLY")).toEqual({ ok: true, periodStart: "2026-11-01", normalised: true });
    expect(alignPeriod({ day: "2026-11-18", grain: "DAY" }, "WEEKLY")).toEqual({ ok: true, periodStart: "2026-11-16", normalised: true });
    expect(alignPeriod({ day: "2026-11-16", grain: "WEEK" }, "WEEKLY")).toEqual({ ok: true, periodStart: "2026-11-16", normalised: false });
    expect(alignPeriod({ day: "2026-11-01", grain: "MONTH" }, "MONTHLY")).toEqual({ ok: true, periodStart: "2026-11-01", normalised: false });
    expect(alignPeriod({ day: "2026-11-01", grain: "MONTH" }, "WEEKLY")).toEqual({ ok: false, key: "periodGrain" });
    expect(alignPeriod({ day: "2026-11-16", grain: "WEEK" }, "DAILY")).toEqual({ ok: false, key: "periodGrain" });
  });
});

describe("value cells", () => {
  it.each([
    [97.5, 97.5], ["97.5", 97.5], ["97.5%", 97.5], [" 1,234.5 ", 1234.5], ["－3", -3], ["\u22123", -3], ["１２", 12], ["0", 0], ["1e3", 1000],
  ])("%j → %d", (cell, expected) => {
    expect(parseValueCell(cell)).toBe(expected);
  });

  it.each([null, "", "n/a", "12天", "1,2", "97,5", true, Number.NaN, Number.POSITIVE_INFINITY])("refuses %j", (cell) => {
    expect(parseValueCell(cell as never)).toBeNull();
  });
});

describe("file sniffing", () => {
  it("tells .xlsx, old .xls, text and binaries apart by their bytes", () => {
    expect(sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe("xlsx");
    expect(sniffFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe("xls");
    expect(sniffFile(new TextEncoder().encode("kpi_code,period\r\nA,2026-11\n"))).toBe("csv");
    expect(sniffFile(new TextEncoder().encode("%PDF-1.7\n\u0000\u0001binary"))).toBeNull();
    expect(sniffFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
  });

  it("decodes UTF-8, UTF-16 and the GB18030 of Chinese Excel", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFF指标"))).toBe("指标"); // the BOM is consumed
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x07, 0x63, 0x07, 0x68]))).toBe("指标");
    expect(decodeText(new Uint8Array([0xd6, 0xb8, 0xb1, 0xea]))).toBe("指标");
  });
});

const KPIS: Record<string, KpiForImport> = {
  ACC: { id: "k1", code: "ACC", nameZh: "准确率", nameEn: "Accuracy", source: "IMPORTED", active: true, frequency: "MONTHLY", ownerId: "u1" },
  OTD: { id: "k2", code: "OTD", nameZh: "准时", nameEn: "On time", source: "ENTERED", active: true, frequency: "WEEKLY", ownerId: "u2" },
  SLA: { id: "k3", code: "SLA", nameZh: "SLA", nameEn: "SLA", source: "COMPUTED", active: true, frequency: "WEEKLY", ownerId: "u1" },
  OLD: { id: "k4", code: "OLD", nameZh: "旧", nameEn: "Old", source: "ENTERED", active: false, frequency: "MONTHLY", ownerId: "u1" },
};
const options = { kpi: (code: string) => KPIS[code], today: "2026-11-22" };
const row = (n: number, kpi_code: string | null, period: string | number | null, value: string | number | null, note: string | null = null): ValueRow => ({ row: n, cells: { kpi_code, period, value, note } });

describe("row validation", () => {
  it("groups valid rows per KPI, normalising periods", () => {
    const r = validateValueRows([row(2, "acc", "2026-10-15", 97, "盘点"), row(3, "ACC", "2026-09", "96.5%"), row(4, " OTD ", "2026-W46", 91)], options);
    expect(r).toEqual({
      ok: true,
      rows: 3,
      normalised: 1,
      batches: [
        { kpi: KPIS.ACC, values: [{ periodStart: "2026-10-01", value: 97, note: "盘点" }, { periodStart: "2026-09-01", value: 96.5, note: null }] },
        { kpi: KPIS.OTD, values: [{ periodStart: "2026-11-09", value: 91, note: null }] },
      ],
    });
  });

  it("reports every problem of every row with its row and column", () => {
    const r = validateValueRows(
      [
        row(2, "NOPE", "2026-10", 1),
        row(3, "SLA", "2026-10-05", 93),
        row(4, "OLD", "2026-10", 5),
        row(5, null, "soon", "abc"),
        row(6, "OTD", "2026-10", 90),
        row(7, "ACC", "2026-12", 90),
        row(8, "ACC", "2026-10-03", 90),
        row(9, "ACC", "2026-10-31", 91, "x".repeat(2001)),
      ],
      options,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column, e.key.replace("kpiTransfer.errors.", ""), e.params])).toEqual([
      [2, "kpi_code", "unknownKpi", { code: "NOPE" }],
      [3, "kpi_code", "computedKpi", { code: "SLA" }],
      [4, "kpi_code", "archivedKpi", { code: "OLD" }],
      [5, "kpi_code", "required", undefined],
      [5, "period", "badPeriod", { value: "soon" }],
      [5, "value", "notNumber", { value: "abc" }],
      [6, "period", "periodGrain", { value: "2026-10" }],
      [7, "period", "futurePeriod", { period: "2026-12-01" }],
      [9, "note", "noteTooLong", { max: 2000 }],
      [9, "period", "duplicate", { code: "ACC", period: "2026-10-01", first: 8 }],
    ]);
  });

  it("refuses KPIs the caller may not write, when asked to check", () => {
    const r = validateValueRows([row(1, "ACC", "2026-10", 1), row(2, "OTD", "2026-W45", 2)], { ...options, mayWrite: (k) => k.ownerId === "u2" });
    expect(r.ok === false && r.errors).toEqual([{ row: 1, column: "kpi_code", key: "kpiTransfer.errors.notOwner", params: { code: "ACC" } }]);
  });
});
