import { describe, expect, it } from "vitest";
import { day } from "@/modules/plan/dates";
import { cellText, parseDateCell, plainCell, splitList } from "@/modules/plan/transfer/cells";
import { aliases, normalizeHeader, translate } from "@/modules/plan/transfer/columns";
import { formatDeliverables, parseDeliverables } from "@/modules/plan/transfer/deliverables";
import type { RawWorkbook, SheetRow } from "@/modules/plan/transfer/read-workbook";
import { findCycles, validatePlan } from "@/modules/plan/transfer/validate";

describe("reading cells", () => {
  it("reads dates however Excel or a person wrote them", () => {
    expect(parseDateCell(day("2026-03-02"))).toEqual(day("2026-03-02"));
    expect(parseDateCell(46083)).toEqual(day("2026-03-02")); // Excel serial
    expect(parseDateCell(46083.5)).toEqual(day("2026-03-02")); // noon: the day it falls on
    expect(parseDateCell(46083.99999999)).toEqual(day("2026-03-03")); // floating-point noise below midnight
    expect(parseDateCell("2026/3/2")).toEqual(day("2026-03-02"));
    expect(parseDateCell("2026年3月2日")).toEqual(day("2026-03-02"));
    expect(parseDateCell(" 2026-03-02T00:00:00.000Z ")).toEqual(day("2026-03-02"));
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell("2026-02-30")).toBeUndefined();
    expect(parseDateCell("next week")).toBeUndefined();
    expect(parseDateCell(true)).toBeUndefined();
  });

  it("flattens rich text, hyperlinks and formulas to their text", () => {
    expect(plainCell({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
    expect(plainCell({ text: "li.na@hdchem.cn", hyperlink: "mailto:li.na@hdchem.cn" })).toBe("li.na@hdchem.cn");
    expect(plainCell({ formula: "A1+1", result: 3 })).toBe(3);
    expect(plainCell("   ")).toBeNull();
    expect(cellText("a\r\nb ")).toBe("a\nb");
  });

  it("splits lists on commas of either width, 、 and semicolons", () => {
    expect(splitList("sales, finance，hr、it;qa ； ")).toEqual(["sales", "finance", "hr", "it", "qa"]);
  });

  it("matches headers in either language, in any case and spacing", () => {
    expect(aliases("columns", "plannedStart").has(normalizeHeader(" planned START "))).toBe(true);
    expect(aliases("columns", "plannedStart").has(normalizeHeader("计划开始"))).toBe(true);
    expect(aliases("columns", "progress").has(normalizeHeader("进度（%）"))).toBe(true);
  });
});

describe("the deliverables cell", () => {
  const exists = (code: string) => code === "finance";

  it("round-trips, names with a bar included", () => {
    const items = [
      { name: "方案 | 第一版", acceptorRole: "EXECUTIVE" as const, acceptorDepartment: null, required: true },
      { name: "首次月结报告", acceptorRole: "KEY_USER" as const, acceptorDepartment: "finance", required: false },
    ];
    for (const locale of ["zh-CN", "en"] as const) {
      expect(parseDeliverables(formatDeliverables(items, translate(locale)), exists)).toEqual({ items, problems: [] });
    }
  });

  it("accepts role names and the short form, and reports each bad line", () => {
    expect(parseDeliverables("纪要 | 管理层\nPlan | Key user | finance", exists).items).toEqual([
      { name: "纪要", acceptorRole: "EXECUTIVE", acceptorDepartment: null, required: true },
      { name: "Plan", acceptorRole: "KEY_USER", acceptorDepartment: "finance", required: true },
    ]);
    expect(parseDeliverables("only a name\nX | BOSS | nowhere | maybe", exists).problems.map((p) => p.key)).toEqual([
      "deliverableFormat",
      "deliverableRole",
      "deliverableDepartment",
      "deliverableRequired",
    ]);
  });
});

describe("checking a plan", () => {
  const lookups = { userId: (e: string) => (e === "pm@x.cn" ? "u-pm" : undefined), departmentId: (c: string) => (c === "it" ? "d-it" : undefined) };
  const row = (n: number, cells: Record<string, unknown>): SheetRow => ({ row: n, cells: { phaseCode: "1", periodLabel: "W1", periodTitle: "Start", title: `task ${n}`, plannedStart: "2026-03-02", plannedEnd: "2026-03-03", ...cells } as SheetRow["cells"] });
  const book = (rows: SheetRow[]): RawWorkbook => ({ plan: { name: "Plan", rows, missing: [], tooManyRows: false }, periods: null, milestones: null });

  it("finds cycles once each", () => {
    expect(findCycles(new Map([[1, [3]], [2, [1]], [3, [2]], [4, [1]]]))).toEqual([[1, 3, 2, 1]]);
    expect(findCycles(new Map([[1, []], [2, [1]]]))).toEqual([]);
  });

  it("reports problems by row and column key", () => {
    const r = validatePlan(
      book([
        row(2, { seq: 1, owner: "pm@x.cn", departments: "it" }),
        row(3, { seq: 1, plannedEnd: "2026-03-01" }),
        row(4, { seq: 2, predecessors: "2", progress: "120", status: "later" }),
        row(5, { seq: 3, periodNo: 1, periodLabel: "W9" }),
        row(6, { seq: 4, periodNo: 1, actualEnd: "2026-03-05" }),
      ]),
      lookups,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.row}:${e.column}:${e.key.split(".").at(-1)}`).sort()).toEqual([
      "3:plannedEnd:endBeforeStart",
      "3:seq:duplicateSeq",
      "4:progress:range",
      "4:status:choice",
      "6:actualStart:actualEndWithoutStart",
      "6:periodLabel:periodMismatch",
    ]);
  });

  it("builds periods from the task rows when there is no periods sheet", () => {
    const r = validatePlan(book([row(2, { seq: 1 }), row(3, { seq: 2, plannedStart: "2026-03-04", plannedEnd: "2026-03-06", predecessors: "1" })]), lookups);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.periods).toMatchObject([{ label: "W1", plannedStart: day("2026-03-02"), plannedEnd: day("2026-03-06") }]);
    expect(r.plan).toMatchObject({ startDate: day("2026-03-02"), plannedGoLive: day("2026-03-06"), phases: [{ code: "1", name: "1" }] });
  });

  it("refuses a workbook without the required columns", () => {
    const r = validatePlan({ plan: { name: "Plan", rows: [], missing: ["seq"], tooManyRows: false }, periods: null, milestones: null }, lookups);
    expect(r).toEqual({ ok: false, errors: [{ sheet: "Plan", row: 1, column: "seq", key: "planTransfer.errors.missingColumn" }] });
  });
});
