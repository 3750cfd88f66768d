import { describe, expect, it } from "vitest";
import {
  expectedValueAt, formatChangePct, formatKpiValue, improvementPct, kpiStatus, localDay, nextPeriodStart, nextTarget,
  periodStart, periodsBetween, previousRange, resolveRange, shortfallPct, timeliness,
} from "@/modules/kpi/logic";

const higher = { direction: "HIGHER_IS_BETTER" as const, greenWithinPct: 0, amberWithinPct: 5 };
const lower = { direction: "LOWER_IS_BETTER" as const, greenWithinPct: 0, amberWithinPct: 10 };

describe("status against the expected value", () => {
  it("higher is better: meeting or beating is green, a small shortfall amber, a large one red", () => {
    expect(kpiStatus(higher, 98, 98)).toBe("GREEN");
    expect(kpiStatus(higher, 99.5, 98)).toBe("GREEN");
    expect(kpiStatus(higher, 94, 98)).toBe("AMBER"); // 4.1 % short
    expect(kpiStatus(higher, 93.1, 98)).toBe("AMBER"); // exactly 5 % short
    expect(kpiStatus(higher, 93, 98)).toBe("RED");
  });
  it("lower is better: above the expected value is the shortfall", () => {
    expect(kpiStatus(lower, 7, 7)).toBe("GREEN");
    expect(kpiStatus(lower, 5, 7)).toBe("GREEN");
    expect(kpiStatus(lower, 7.7, 7)).toBe("AMBER");
    expect(kpiStatus(lower, 7.71, 7)).toBe("RED");
  });
  it("a green tolerance counts small shortfalls green", () => {
    expect(kpiStatus({ ...higher, greenWithinPct: 2 }, 96.1, 98)).toBe("GREEN");
    expect(kpiStatus({ ...higher, greenWithinPct: 2 }, 95.9, 98)).toBe("AMBER");
  });
  it("no value or no expectation is no status, and a zero expectation is handled", () => {
    expect(kpiStatus(higher, null, 98)).toBe("NONE");
    expect(kpiStatus(higher, 90, null)).toBe("NONE");
    expect(kpiStatus(lower, 0, 0)).toBe("GREEN");
    expect(kpiStatus(lower, 1, 0)).toBe("RED");
    expect(shortfallPct("LOWER_IS_BETTER", 1, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("improvement from the baseline", () => {
  it("is positive when the KPI moved the good way, whatever the direction", () => {
    expect(improvementPct("LOWER_IS_BETTER", 10, 7)).toBeCloseTo(30);
    expect(improvementPct("HIGHER_IS_BETTER", 85, 98)).toBeCloseTo(15.294, 2);
    expect(improvementPct("HIGHER_IS_BETTER", 85, 80)).toBeCloseTo(-5.882, 2);
    expect(improvementPct("LOWER_IS_BETTER", 0, 7)).toBeNull();
    expect(improvementPct("LOWER_IS_BETTER", null, 7)).toBeNull();
  });
});

describe("target path interpolation", () => {
  const path = {
    baselineValue: 85,
    baselineDate: "2026-01-01",
    targets: [
      { dueDate: "2026-07-01", value: 99 },
      { dueDate: "2026-04-01", value: 98 },
    ],
  };
  it("starts at the baseline and reaches each target on its due date", () => {
    expect(expectedValueAt(path, "2025-12-01")).toBe(85);
    expect(expectedValueAt(path, "2026-01-01")).toBe(85);
    expect(expectedValueAt(path, "2026-04-01")).toBe(98);
    expect(expectedValueAt(path, "2026-07-01")).toBe(99);
    expect(expectedValueAt(path, "2027-01-01")).toBe(99);
  });
  it("moves linearly between points, by calendar day", () => {
    // 2026-01-01 → 2026-04-01 is 90 days; 45 days in is halfway from 85 to 98.
    expect(expectedValueAt(path, "2026-02-15")).toBeCloseTo(91.5);
    // 2026-04-01 → 2026-07-01 is 91 days.
    expect(expectedValueAt(path, "2026-05-02")).toBeCloseTo(98 + 31 / 91);
  });
  it("works for a falling target (lower is better) and without a baseline", () => {
    const time = { baselineValue: 10, baselineDate: "2026-01-01", targets: [{ dueDate: "2026-01-31", value: 7 }] };
    expect(expectedValueAt(time, "2026-01-16")).toBeCloseTo(8.5);
    const bare = { baselineValue: null, baselineDate: null, targets: [{ dueDate: "2026-06-30", value: 80 }, { dueDate: "2026-12-31", value: 90 }] };
    expect(expectedValueAt(bare, "2026-01-01")).toBe(80);
    expect(expectedValueAt(bare, "2026-09-30")).toBeCloseTo(80 + (10 * 92) / 184);
    expect(expectedValueAt({ baselineValue: 5, baselineDate: null, targets: [] }, "2026-01-01")).toBe(5);
    expect(expectedValueAt({ baselineValue: null, baselineDate: null, targets: [] }, "2026-01-01")).toBeNull();
  });
  it("ignores targets dated on or before the baseline", () => {
    const odd = { baselineValue: 50, baselineDate: "2026-03-01", targets: [{ dueDate: "2026-02-01", value: 10 }, { dueDate: "2026-03-11", value: 60 }] };
    expect(expectedValueAt(odd, "2026-03-06")).toBeCloseTo(55);
  });
  it("finds the next target and the days left", () => {
    expect(nextTarget(path.targets, "2026-03-30")).toEqual({ dueDate: "2026-04-01", value: 98, daysLeft: 2 });
    expect(nextTarget(path.targets, "2026-04-01")?.daysLeft).toBe(0);
    expect(nextTarget(path.targets, "2026-07-02")).toBeNull();
  });
});

describe("periods", () => {
  it("weeks start on Monday, quarters on Jan/Apr/Jul/Oct 1", () => {
    expect(periodStart("2026-11-22", "WEEK")).toBe("2026-11-16"); // a Sunday
    expect(periodStart("2026-11-16", "WEEK")).toBe("2026-11-16");
    expect(periodStart("2026-01-01", "WEEK")).toBe("2025-12-29");
    expect(periodStart("2026-11-22", "MONTH")).toBe("2026-11-01");
    expect(periodStart("2026-11-22", "QUARTER")).toBe("2026-10-01");
    expect(periodStart("2026-03-31", "QUARTER")).toBe("2026-01-01");
    expect(periodStart("2026-11-22", "DAY")).toBe("2026-11-22");
  });
  it("steps to the next period across month and year ends", () => {
    expect(nextPeriodStart("2026-12-28", "WEEK")).toBe("2027-01-04");
    expect(nextPeriodStart("2026-01-01", "MONTH")).toBe("2026-02-01");
    expect(nextPeriodStart("2026-10-01", "QUARTER")).toBe("2027-01-01");
    expect(nextPeriodStart("2028-02-28", "DAY")).toBe("2028-02-29");
    expect(periodsBetween("2026-01-15", "2026-04-01", "MONTH")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"]);
  });
  it("buckets an instant by the portal's zone, not UTC", () => {
    const lateEveningUtc = new Date("2026-11-15T17:30:00Z"); // 01:30 on Monday the 16th in Shanghai
    expect(localDay(lateEveningUtc, "Asia/Shanghai")).toBe("2026-11-16");
    expect(periodStart(localDay(lateEveningUtc, "Asia/Shanghai"), "WEEK")).toBe("2026-11-16");
    expect(localDay(lateEveningUtc, "UTC")).toBe("2026-11-15");
    expect(periodStart(localDay(lateEveningUtc, "UTC"), "WEEK")).toBe("2026-11-09");
    // 23:30 on March 31st in Shanghai is already April 1st in Tokyo: the quarter follows the configured zone.
    const endOfQuarter = new Date("2026-03-31T15:30:00Z");
    expect(periodStart(localDay(endOfQuarter, "Asia/Shanghai"), "QUARTER")).toBe("2026-01-01");
    expect(periodStart(localDay(endOfQuarter, "Asia/Tokyo"), "QUARTER")).toBe("2026-04-01");
    expect(periodStart(localDay(new Date("2026-04-01T02:00:00Z"), "America/Los_Angeles"), "QUARTER")).toBe("2026-01-01");
  });
  it("resolves the dashboard's period filter", () => {
    expect(resolveRange("week", "2026-11-22")).toEqual({ from: "2026-11-16", to: "2026-11-22" });
    expect(resolveRange("month", "2026-11-22")).toEqual({ from: "2026-11-01", to: "2026-11-22" });
    expect(resolveRange("quarter", "2026-11-22")).toEqual({ from: "2026-10-01", to: "2026-11-22" });
    expect(resolveRange("custom", "2026-11-22", { from: "2026-06-30", to: "2026-06-01" })).toEqual({ from: "2026-06-01", to: "2026-06-30" });
    expect(resolveRange("custom", "2026-11-22", { from: "2026-06-01" })).toEqual({ from: "2026-11-01", to: "2026-11-22" });
    expect(previousRange({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ from: "2026-10-02", to: "2026-10-31" });
  });
});

describe("late and missing values", () => {
  const monthly = { frequency: "MONTHLY" as const, graceDays: 3, since: "2026-01-01" };
  it("a month's value is due three days after the month ends", () => {
    expect(timeliness({ ...monthly, latestPeriodStart: "2026-09-01" }, "2026-11-03")).toMatchObject({ state: "ON_TIME", duePeriod: "2026-09-01" });
    expect(timeliness({ ...monthly, latestPeriodStart: "2026-09-01" }, "2026-11-04")).toEqual({ state: "LATE", duePeriod: "2026-10-01", missingPeriods: 1 });
    expect(timeliness({ ...monthly, latestPeriodStart: "2026-07-01" }, "2026-11-22")).toEqual({ state: "LATE", duePeriod: "2026-10-01", missingPeriods: 3 });
    expect(timeliness({ ...monthly, latestPeriodStart: "2026-10-01" }, "2026-11-22").state).toBe("ON_TIME");
  });
  it("never recorded is missing, but not before anything was due", () => {
    expect(timeliness({ ...monthly, latestPeriodStart: null }, "2026-03-10")).toEqual({ state: "MISSING", duePeriod: "2026-02-01", missingPeriods: 2 });
    expect(timeliness({ ...monthly, latestPeriodStart: null }, "2026-02-02")).toEqual({ state: "ON_TIME", duePeriod: null, missingPeriods: 0 });
  });
  it("daily and weekly values follow the same rule", () => {
    const daily = { frequency: "DAILY" as const, graceDays: 1, since: "2026-01-01" };
    expect(timeliness({ ...daily, latestPeriodStart: "2026-11-20" }, "2026-11-22").state).toBe("ON_TIME");
    expect(timeliness({ ...daily, latestPeriodStart: "2026-11-19" }, "2026-11-22")).toEqual({ state: "LATE", duePeriod: "2026-11-20", missingPeriods: 1 });
    const weekly = { frequency: "WEEKLY" as const, graceDays: 2, since: "2026-01-01" };
    // Week of 11-09 ends 11-15, due by 11-17; on Sunday 11-22 it is the latest overdue week.
    expect(timeliness({ ...weekly, latestPeriodStart: "2026-11-02" }, "2026-11-22")).toEqual({ state: "LATE", duePeriod: "2026-11-09", missingPeriods: 1 });
    expect(timeliness({ ...weekly, latestPeriodStart: "2026-11-02" }, "2026-11-17").state).toBe("ON_TIME");
  });
});

describe("formatting", () => {
  it("shows units and signed changes in the reader's locale", () => {
    expect(formatKpiValue(98.25, "%", 1, "zh-CN")).toBe("98.3%");
    expect(formatKpiValue(12, "天", 1, "zh-CN")).toBe("12 天");
    expect(formatKpiValue(12345.6, "元", 0, "en")).toBe("12,346 CNY");
    // English readers get the seeds' Chinese units in English; an unknown unit stays as typed.
    expect(formatKpiValue(64, "天", 0, "en")).toBe("64 days");
    expect(formatKpiValue(3974, "万元", 0, "en")).toBe("CNY 39.7M");
    expect(formatKpiValue(45.4, "万元", 1, "en")).toBe("CNY 454K");
    expect(formatKpiValue(3974, "万元", 0, "zh-CN")).toBe("3,974 万元");
    expect(formatKpiValue(10, "个", 0, "en")).toBe("10");
    expect(formatKpiValue(10, "个", 0, "zh-CN")).toBe("10 个");
    expect(formatKpiValue(2, "批次", 0, "en")).toBe("2 批次");
    expect(formatKpiValue(null, "%", 1, "en")).toBe("—");
    expect(formatChangePct(30, "en")).toBe("+30.0%");
    expect(formatChangePct(-2.54, "en")).toBe("−2.5%");
  });
});
