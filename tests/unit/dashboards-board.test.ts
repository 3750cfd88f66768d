import { describe, expect, it } from "vitest";
import { boardParams, parseBoardFilter, sparklineRange, trendGrain } from "@/modules/dashboards/filter";
import { isFutureMonth, monthRange, parseMonth, previousMonth } from "@/modules/dashboards/month";
import { actionStamp } from "@/modules/dashboards/review-stamp";
import { rankRisks } from "@/modules/dashboards/risks";
import { buildTile, groupTiles, horizonOf, statusCounts, type TileKpi } from "@/modules/dashboards/tiles";

const DEPT = "7b0c4a52-3f0e-4f3a-9a57-2a1c0c1e1111";

describe("board filter from the URL", () => {
  it("defaults to this month, all departments, grouped by department", () => {
    expect(parseBoardFilter({}, "2026-11-22")).toEqual({
      preset: "month", range: { from: "2026-11-01", to: "2026-11-22" }, departmentId: undefined, group: "department", layout: "table", invalidRange: false,
    });
  });

  it("keeps the tiles layout in the URL and drops the default table", () => {
    const tiles = parseBoardFilter({ layout: "tiles", group: "horizon" }, "2026-11-22");
    expect(tiles.layout).toBe("tiles");
    expect(boardParams(tiles)).toMatchObject({ layout: "tiles", group: "horizon" });
    expect(boardParams(parseBoardFilter({ layout: "mosaic" }, "2026-11-22"))).not.toHaveProperty("layout");
  });

  it("reads week (Monday first) and quarter, and a department id", () => {
    expect(parseBoardFilter({ period: "week" }, "2026-11-22").range).toEqual({ from: "2026-11-16", to: "2026-11-22" });
    const q = parseBoardFilter({ period: "quarter", department: DEPT, group: "horizon" }, "2026-11-22");
    expect(q.range).toEqual({ from: "2026-10-01", to: "2026-11-22" });
    expect(q.departmentId).toBe(DEPT);
    expect(q.group).toBe("horizon");
  });

  it("takes a custom range (swapped when backwards) and flags a half-filled one", () => {
    expect(parseBoardFilter({ period: "custom", from: "2026-09-30", to: "2026-06-01" }, "2026-11-22").range).toEqual({ from: "2026-06-01", to: "2026-09-30" });
    const bad = parseBoardFilter({ period: "custom", from: "2026-06-01" }, "2026-11-22");
    expect(bad).toMatchObject({ preset: "month", invalidRange: true, range: { from: "2026-11-01", to: "2026-11-22" } });
    expect(parseBoardFilter({ period: "custom", from: "2026-02-30", to: "2026-03-01" }, "2026-11-22").invalidRange).toBe(true);
  });

  it("ignores junk: an unknown period, a department that is not an id, an unknown grouping", () => {
    const f = parseBoardFilter({ period: "decade", department: "finance'; drop", group: "colour" }, "2026-11-22");
    expect(f).toMatchObject({ preset: "month", departmentId: undefined, group: "department" });
  });

  it("round-trips through URL parameters (what the export link carries)", () => {
    const f = parseBoardFilter({ period: "custom", from: "2026-01-01", to: "2026-03-31", department: DEPT }, "2026-11-22");
    expect(parseBoardFilter(boardParams(f), "2026-11-22")).toEqual(f);
    expect(boardParams(parseBoardFilter({ period: "week" }, "2026-11-22"))).toEqual({ period: "week" });
  });

  it("picks a trend grain by length and widens short ranges for sparklines", () => {
    expect(trendGrain({ from: "2026-11-01", to: "2026-11-22" })).toBe("DAY");
    expect(trendGrain({ from: "2026-10-01", to: "2026-11-22" })).toBe("WEEK");
    expect(trendGrain({ from: "2025-10-01", to: "2026-11-22" })).toBe("MONTH");
    expect(sparklineRange({ from: "2026-11-16", to: "2026-11-22" })).toEqual({ from: "2026-08-31", to: "2026-11-22" });
    expect(sparklineRange({ from: "2026-01-01", to: "2026-11-22" })).toEqual({ from: "2026-01-01", to: "2026-11-22" });
  });
});

function kpi(over: Partial<TileKpi> = {}): TileKpi {
  return {
    id: "k1", code: "ORDER_TIME", nameZh: "订单处理时间", nameEn: "Order processing time", unit: "h", decimals: 1,
    direction: "LOWER_IS_BETTER", frequency: "WEEKLY", baselineValue: 10, baselineDate: "2026-06-01",
    greenWithinPct: 0, amberWithinPct: 10, graceDays: 3, departmentId: null, sortOrder: 0, createdAt: "2026-05-01",
    latestPeriodStart: "2026-11-16", latestValue: 7.5,
    targets: [{ dueDate: "2026-09-01", value: 7, labelZh: "", labelEn: "" }, { dueDate: "2027-06-01", value: 6, labelZh: "", labelEn: "" }],
    ...over,
  };
}

describe("KPI tiles", () => {
  it("compares the latest value with the baseline and the target path, and finds the next target", () => {
    const tile = buildTile(kpi(), [{ period: "2026-11-09", value: 8 }, { period: "2026-11-16", value: 7.5 }], { from: "2026-11-01", to: "2026-11-22" }, "2026-11-22");
    expect(tile.value).toBe(7.5);
    expect(tile.improvement).toBeCloseTo(25); // 10 h → 7.5 h is 25 % better
    // Between the 3-month target (7 h on 09-01) and the 12-month one (6 h on 2027-06-01): 82 of 273 days along.
    expect(tile.expected).toBeCloseTo(7 - (82 / 273), 5);
    // 7.5 h against ~6.70 h expected is 11.9 % short: beyond the 10 % amber band.
    expect(tile.status).toBe("RED");
    expect(buildTile(kpi({ latestValue: 7.2 }), [], { from: "2026-11-01", to: "2026-11-22" }, "2026-11-22").status).toBe("AMBER");
    expect(buildTile(kpi({ latestValue: 6.5 }), [], { from: "2026-11-01", to: "2026-11-22" }, "2026-11-22").status).toBe("GREEN");
  });

  it("as of a past range end, takes the last rollup at or before it, not today's value", () => {
    const spark = [{ period: "2026-07-06", value: 9 }, { period: "2026-07-13", value: 8.8 }, { period: "2026-11-16", value: 7.5 }];
    const tile = buildTile(kpi(), spark, { from: "2026-07-01", to: "2026-07-31" }, "2026-11-22");
    expect(tile.value).toBe(8.8);
    expect(tile.valuePeriod).toBe("2026-07-13");
    expect(tile.next?.dueDate).toBe("2026-09-01");
  });

  it("flags a KPI without values as missing and gives it no status", () => {
    const tile = buildTile(kpi({ latestPeriodStart: null, latestValue: null }), [], { from: "2026-11-01", to: "2026-11-22" }, "2026-11-22");
    expect(tile.status).toBe("NONE");
    expect(tile.timeliness).toBe("MISSING");
  });

  it("sorts KPIs into value-realization horizons by their first target", () => {
    expect(horizonOf(kpi())).toBe("M3");
    expect(horizonOf(kpi({ targets: [{ dueDate: "2026-12-01", value: 1, labelZh: "", labelEn: "" }] }))).toBe("M6");
    expect(horizonOf(kpi({ targets: [{ dueDate: "2027-06-01", value: 1, labelZh: "", labelEn: "" }] }))).toBe("M12");
    expect(horizonOf(kpi({ targets: [] }))).toBe("NONE");
    expect(horizonOf(kpi({ baselineDate: null }))).toBe("LONG");
  });

  it("groups tiles by horizon in 3 → 6 → 12 month order, or by department with company-wide first", () => {
    const range = { from: "2026-11-01", to: "2026-11-22" };
    const a = buildTile(kpi({ id: "a", code: "A", targets: [{ dueDate: "2027-06-01", value: 6, labelZh: "", labelEn: "" }], departmentId: "d2" }), [], range, "2026-11-22");
    const b = buildTile(kpi({ id: "b", code: "B" }), [], range, "2026-11-22");
    const c = buildTile(kpi({ id: "c", code: "C", targets: [], departmentId: "d1" }), [], range, "2026-11-22");
    expect(groupTiles([a, b, c], "horizon").map((g) => [g.key, g.tiles.map((t) => t.kpi.id)])).toEqual([["M3", ["b"]], ["M12", ["a"]], ["NONE", ["c"]]]);
    expect(groupTiles([a, b, c], "department", ["d1", "d2"]).map((g) => g.key)).toEqual(["", "d1", "d2"]);
    // a is ahead of its long path (7.5 h vs ~8.1 h expected), b behind its 3-month one, c measured against its baseline.
    expect(statusCounts([a, b, c])).toEqual({ GREEN: 2, AMBER: 0, RED: 1, NONE: 0 });
  });
});

describe("monthly review months", () => {
  it("parses YYYY-MM and refuses anything else", () => {
    expect(parseMonth("2026-11")).toBe("2026-11-01");
    for (const bad of ["2026-13", "2026-1", "26-11", "2026-11-01", "", undefined, "1999-12"]) expect(parseMonth(bad)).toBeNull();
  });

  it("knows a month's days, the month before, and what is still to come", () => {
    expect(monthRange("2026-02-01")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(previousMonth("2026-01-01")).toBe("2025-12-01");
    expect(isFutureMonth("2026-12-01", "2026-11-22")).toBe(true);
    expect(isFutureMonth("2026-11-01", "2026-11-22")).toBe(false);
  });

  it("stamps an action row by what the editor saw, so any change makes a stale form differ", () => {
    const row = { title: "复盘库存差异", ownerId: null, dueDate: new Date("2026-12-05T00:00:00Z"), done: false };
    expect(actionStamp(row)).toBe(actionStamp({ ...row, dueDate: "2026-12-05" }));
    expect(actionStamp({ ...row, done: true })).not.toBe(actionStamp(row));
  });
});

describe("top risks", () => {
  it("interleaves blocked, overdue (latest first), gate and waiting, and lists a blocked overdue task once", () => {
    const today = new Date("2026-11-22T00:00:00Z");
    const risks = rankRisks({
      projectId: "p",
      today,
      blocked: [{ id: "t1", title: "BOM 导入" }],
      overdue: [
        { id: "t1", title: "BOM 导入", plannedEnd: new Date("2026-11-01T00:00:00Z") },
        { id: "t2", title: "期初余额", plannedEnd: new Date("2026-11-20T00:00:00Z") },
        { id: "t3", title: "权限配置", plannedEnd: new Date("2026-11-10T00:00:00Z") },
      ],
      waiting: [{ id: "d1", name: "差异分析报告", taskId: "t9", updatedAt: new Date("2026-11-15T00:00:00Z") }],
      unmetCriteria: [{ id: "g1", description: "用户满意度 ≥ 85%", phaseName: "上线" }],
    });
    expect(risks.map((r) => `${r.kind}:${r.id}`)).toEqual(["BLOCKED:t1", "OVERDUE:t3", "GATE:g1", "WAITING:d1", "OVERDUE:t2"]);
    expect(risks[1]).toMatchObject({ days: 12, href: "/plan/p/tasks/t3" });
    expect(risks[3]).toMatchObject({ days: 7, href: "/plan/p/tasks/t9#deliverables" });
  });
});
