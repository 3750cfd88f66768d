import { describe, expect, it } from "vitest";
import { compliance, meetsTarget, percent, round1, round2 } from "@/modules/support/metrics";
import { addDays, filterParams, isoWeekLabel, isoWeekStart, parseDashboardFilter, presetRange, seriesEnd, tileWindow } from "@/modules/support/period";

describe("support dashboard periods (local days, ISO weeks starting Monday)", () => {
  it("finds the Monday of a day's ISO week and labels the week by the year of its Thursday", () => {
    expect(isoWeekStart("2026-11-22")).toBe("2026-11-16"); // Sunday belongs to the week before
    expect(isoWeekStart("2026-11-16")).toBe("2026-11-16");
    expect(isoWeekLabel("2026-11-16")).toBe("2026-W47");
    expect(isoWeekLabel("2026-12-31")).toBe("2026-W53"); // 2026 has 53 ISO weeks
    expect(isoWeekLabel("2027-01-01")).toBe("2026-W53");
    expect(isoWeekLabel("2027-01-04")).toBe("2027-W01");
    expect(isoWeekLabel("2025-12-29")).toBe("2026-W01");
  });

  it("counts the current week as the last of 'last N weeks'", () => {
    expect(presetRange(4, "2026-11-18")).toEqual({ from: "2026-10-26", to: "2026-11-18" });
    expect(presetRange(12, "2026-11-22")).toEqual({ from: "2026-08-31", to: "2026-11-22" });
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("reads the filter from the URL and falls back on anything unusable", () => {
    const today = "2026-11-18";
    expect(parseDashboardFilter({}, today)).toMatchObject({ weeks: 12, from: "2026-08-31", to: today, invalidRange: false });
    expect(parseDashboardFilter({ weeks: "26", module: "FINANCE", department: "4b9c1d0e-8a3f-4e2b-9c7d-1f2e3a4b5c6d" }, today)).toMatchObject({
      weeks: 26, module: "FINANCE", departmentId: "4b9c1d0e-8a3f-4e2b-9c7d-1f2e3a4b5c6d",
    });
    expect(parseDashboardFilter({ weeks: "7", module: "NOPE", department: "x" }, today)).toMatchObject({ weeks: 12, module: undefined, departmentId: undefined });
    expect(parseDashboardFilter({ from: "2026-11-01", to: "2026-11-10" }, today)).toMatchObject({ weeks: null, from: "2026-11-01", to: "2026-11-10", invalidRange: false });
    // Reversed, malformed or too long: the default period, with a notice.
    for (const raw of [{ from: "2026-11-10", to: "2026-11-01" }, { from: "2026-13-01", to: "2026-11-01" }, { from: "2024-01-01", to: "2026-11-01" }, { from: "2026-11-01" }]) {
      expect(parseDashboardFilter(raw, today)).toMatchObject({ weeks: 12, invalidRange: true });
    }
  });

  it("puts the KPI tiles on the last four weeks of the period and stops series at today", () => {
    expect(tileWindow({ from: "2026-08-31", to: "2026-11-18" })).toEqual({ from: "2026-10-26", to: "2026-11-18" });
    expect(tileWindow({ from: "2026-11-10", to: "2026-11-18" })).toEqual({ from: "2026-11-10", to: "2026-11-18" });
    expect(seriesEnd({ to: "2026-12-31" }, "2026-11-18")).toBe("2026-11-18");
    expect(seriesEnd({ to: "2026-11-01" }, "2026-11-18")).toBe("2026-11-01");
  });

  it("writes the filter back as URL parameters for links and exports", () => {
    expect(filterParams(parseDashboardFilter({ weeks: "4", module: "SALES" }, "2026-11-18"))).toEqual({ weeks: "4", module: "SALES" });
    expect(filterParams(parseDashboardFilter({ from: "2026-11-01", to: "2026-11-10" }, "2026-11-18"))).toEqual({ from: "2026-11-01", to: "2026-11-10" });
  });
});

describe("support figures", () => {
  it("computes compliance over decided issues only, one decimal", () => {
    expect(compliance(9, 1)).toBe(90);
    expect(compliance(2, 1)).toBe(66.7);
    expect(compliance(0, 0)).toBeNull();
    expect(percent(3, 4)).toBe(75);
    expect(percent(1, 0)).toBeNull();
    expect(meetsTarget(89.9)).toBe(false);
    expect(meetsTarget(90)).toBe(true);
    expect(meetsTarget(null)).toBeNull();
    expect(round1(19.75)).toBe(19.8);
    expect(round2(4.285)).toBe(4.29);
    expect(round1(null)).toBeNull();
  });
});
