import { describe, expect, it } from "vitest";
import { isComputation } from "@/modules/metrics/computations";
import { healthOf, trendPointOf } from "@/modules/metrics/figures";
import { dayRuns } from "@/modules/metrics/issue-stats";
import { differences } from "../../scripts/bench/dashboard/board";

const ZERO = { created: 0, resolved: 0, firstResponded: 0, firstResponseBreached: 0, resolutionBreached: 0, resolutionMinutes: 0, csatCount: 0, csatSum: 0, csatSatisfied: 0 };

describe("issue figures from summed measures", () => {
  it("compliance, MTTR, CSAT and the backlog, rounded as the dashboards show them", () => {
    const h = healthOf({ created: 9, resolved: 3, firstResponded: 7, firstResponseBreached: 2, resolutionBreached: 1, resolutionMinutes: 3 * 60 + 30 * 60 + 5, csatCount: 3, csatSum: 13, csatSatisfied: 2 }, 12);
    expect(h).toEqual({
      created: 9, resolved: 3, firstResponded: 7, firstResponseBreached: 2, firstResponseCompliancePct: 71.4,
      resolutionBreached: 1, resolutionCompliancePct: 66.7, mttrHours: 11, csatCount: 3, csatAvg: 4.33, csatSatisfiedPct: 66.7, backlogAtEnd: 12,
    });
  });

  it("nothing responded, resolved or rated: null rates, not 0 % or 100 %", () => {
    expect(trendPointOf("2026-11-16", ZERO, 4)).toEqual({
      periodStart: "2026-11-16", created: 0, resolved: 0, backlogAtEnd: 4,
      firstResponseCompliancePct: null, resolutionCompliancePct: null, mttrHours: null, csatAvg: null,
    });
  });
});

describe("refresh ranges", () => {
  it("marked days become runs of consecutive days (one index range each), across month ends", () => {
    expect(dayRuns(["2026-11-03", "2026-10-31", "2026-11-01", "2026-11-01", "2026-11-05", "2026-11-04"])).toEqual([
      ["2026-10-31", "2026-11-01"],
      ["2026-11-03", "2026-11-05"],
    ]);
    expect(dayRuns([])).toEqual([]);
  });
});

describe("computed KPI keys and the bench's comparison", () => {
  it("knows the computations and nothing else", () => {
    expect(isComputation("BACKLOG_OPEN")).toBe(true);
    expect(isComputation("backlog_open")).toBe(false);
    expect(isComputation(null)).toBe(false);
  });

  it("floats may differ in the last bits, counts may not", () => {
    expect(differences({ a: 0.1 + 0.2, b: [1, 2] }, { a: 0.3, b: [1, 2] })).toEqual([]);
    expect(differences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })).toEqual([".b.1: 2 ≠ 3"]);
    expect(differences({ a: null }, { a: 0 })).toEqual([".a: null ≠ 0"]);
  });
});
