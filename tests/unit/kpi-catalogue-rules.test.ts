import { describe, expect, it } from "vitest";
import { chartWindow, chooseGrain, expectedPath, parseTrendRange, rangeStart, trendRows } from "@/modules/kpi/chart-data";
import { parseTargetRows } from "@/modules/kpi/target-rows";

describe("target rows from the form", () => {
  it("drops blank rows, sorts by date and trims labels", () => {
    expect(parseTargetRows([
      { dueDate: "2026-12-31", value: "99", labelZh: " 12个月 ", labelEn: "12 months" },
      { dueDate: "", value: "", labelZh: "", labelEn: "" },
      { dueDate: "2026-04-01", value: "1,234.5" },
    ], "2026-01-01")).toEqual({
      ok: true,
      targets: [
        { dueDate: "2026-04-01", value: 1234.5, labelZh: "", labelEn: "" },
        { dueDate: "2026-12-31", value: 99, labelZh: "12个月", labelEn: "12 months" },
      ],
    });
  });

  it.each([
    [[{ dueDate: "2026-02-30", value: "1" }], 1, "dueDate"],
    [[{ dueDate: "2026-04-01", value: "" , labelEn: "x" }], 1, "value"],
    [[{ dueDate: "2026-04-01", value: "9" }, { dueDate: "2026-04-01", value: "10" }], 2, "duplicate"],
    [[{ dueDate: "2026-05-01", value: "9" }, { dueDate: "2026-01-01", value: "10" }], 2, "beforeBaseline"],
    [[{ dueDate: "2026-05-01", value: "9", labelZh: "长".repeat(61) }], 1, "labelTooLong"],
  ])("names the first wrong row (%#)", (rows, row, problem) => {
    expect(parseTargetRows(rows, "2026-01-01")).toEqual({ ok: false, row, problem });
  });

  it("allows any date when there is no baseline date", () => {
    expect(parseTargetRows([{ dueDate: "2020-01-01", value: 5 }], null)).toMatchObject({ ok: true });
  });
});

describe("the trend chart's data", () => {
  const path = { baselineValue: 10, baselineDate: "2026-01-01", targets: [{ dueDate: "2026-04-01", value: 7 }, { dueDate: "2026-10-01", value: 5 }] };

  it("reads raw values up to 400, weekly rollups beyond, monthly when even weeks are too many", () => {
    expect(chooseGrain(400, "2025-01-01", "2026-06-01")).toBe("RAW");
    expect(chooseGrain(548, "2025-01-01", "2026-06-30")).toBe("WEEK");
    expect(chooseGrain(3000, "2018-01-01", "2026-06-30")).toBe("MONTH");
  });

  it("ranges count back whole months from today; all starts at the earliest point", () => {
    expect(rangeStart("6m", "2026-08-31", "2020-01-01")).toBe("2026-02-28");
    expect(rangeStart("18m", "2026-06-15", null)).toBe("2024-12-15");
    expect(rangeStart("all", "2026-06-15", "2025-03-01")).toBe("2025-03-01");
    expect(parseTrendRange("bogus")).toBe("12m");
  });

  it("samples the expected path at the window's ends and where it bends", () => {
    expect(expectedPath(path, "2025-12-01", "2026-12-31")).toEqual([
      { day: "2025-12-01", value: 10 },
      { day: "2026-01-01", value: 10 },
      { day: "2026-04-01", value: 7 },
      { day: "2026-10-01", value: 5 },
      { day: "2026-12-31", value: 5 },
    ]);
    const mid = expectedPath(path, "2026-02-15", "2026-03-01");
    expect(mid.map((p) => p.day)).toEqual(["2026-02-15", "2026-03-01"]);
    expect(mid[0].value).toBeCloseTo(10 - (3 * 45) / 90, 9);
  });

  it("stretches the window to targets still ahead", () => {
    expect(chartWindow("2026-01-01", "2026-06-15", null, path.targets)).toEqual({ from: "2026-01-01", to: "2026-10-01" });
    expect(chartWindow(null, "2026-06-15", "2026-02-01", [])).toEqual({ from: "2026-02-01", to: "2026-06-15" });
  });

  it("merges values and path knots into one row per day, each with its expected value", () => {
    const rows = trendRows([{ day: "2026-02-15", value: 9 }], path, { from: "2026-02-01", to: "2026-05-01" });
    expect(rows.map((r) => [r.day, r.value])).toEqual([["2026-02-01", null], ["2026-02-15", 9], ["2026-04-01", null], ["2026-05-01", null]]);
    expect(rows[1].expected).toBeCloseTo(10 - (3 * 45) / 90, 9);
    expect(trendRows([{ day: "2026-02-15", value: 9 }], { baselineValue: null, baselineDate: null, targets: [] }, { from: "2026-02-01", to: "2026-05-01" }))
      .toEqual([{ day: "2026-02-15", value: 9, expected: null }]);
  });
});
