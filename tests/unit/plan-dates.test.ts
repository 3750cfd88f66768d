import { describe, expect, it } from "vitest";
import { addMonths, addWorkingDays, day, firstOfNearestMonth, isoDay, isWorkingDay, nextWorkingDay, workingDaysInclusive } from "@/modules/plan/dates";

describe("working days", () => {
  it("skips weekends", () => {
    expect(isoDay(addWorkingDays(day("2026-11-20"), 1))).toBe("2026-11-23"); // Fri + 1 → Mon
    expect(isoDay(addWorkingDays(day("2026-11-16"), 4))).toBe("2026-11-20"); // Mon + 4 → Fri
    expect(isoDay(addWorkingDays(day("2026-11-16"), 5))).toBe("2026-11-23");
  });

  it("moves a weekend start to Monday before counting", () => {
    expect(isoDay(addWorkingDays(day("2026-11-21"), 0))).toBe("2026-11-23");
    expect(isoDay(nextWorkingDay(day("2026-11-22")))).toBe("2026-11-23");
  });

  it("skips holidays and honours adjusted working weekends (调休)", () => {
    const holidays = new Set(["2026-10-01", "2026-10-02", "2026-10-05"]);
    const extra = new Set(["2026-10-10"]); // a Saturday worked in exchange
    expect(isoDay(addWorkingDays(day("2026-09-30"), 1, holidays))).toBe("2026-10-06");
    expect(isWorkingDay(day("2026-10-10"), holidays, extra)).toBe(true);
    expect(isoDay(addWorkingDays(day("2026-10-09"), 1, holidays, extra))).toBe("2026-10-10");
  });

  it("counts working days in a span", () => {
    expect(workingDaysInclusive(day("2026-11-16"), day("2026-11-29"))).toBe(10);
    expect(workingDaysInclusive(day("2026-11-29"), day("2026-11-16"))).toBe(0);
  });

  it("rejects impossible dates", () => {
    expect(() => day("2026-02-30")).toThrow();
    expect(() => day("2026/02/01")).toThrow();
  });
});

describe("go-live on the first of a month", () => {
  it("picks the nearest first, later month on a tie", () => {
    expect(isoDay(firstOfNearestMonth(day("2026-02-02")))).toBe("2026-02-01");
    expect(isoDay(firstOfNearestMonth(day("2026-02-20")))).toBe("2026-03-01");
    expect(isoDay(firstOfNearestMonth(day("2026-03-01")))).toBe("2026-03-01");
  });

  it("adds months without overflowing short months", () => {
    expect(isoDay(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(isoDay(addMonths(day("2026-02-01"), 3))).toBe("2026-05-01");
  });
});
