// From summed IssueDailyStat measures to the figures dashboards show. Pure, so the read API, the
// benchmark's raw recount and the tests all round the same way.
import { compliance, percent, round1, round2 } from "../support/metrics";

/** Sums of IssueDailyStat columns over some days and slices. */
export interface StatSums {
  created: number;
  resolved: number;
  firstResponded: number;
  firstResponseBreached: number;
  resolutionBreached: number;
  /** Sum of filed → resolved wall-clock minutes of the resolved issues. */
  resolutionMinutes: number;
  csatCount: number;
  csatSum: number;
  csatSatisfied: number;
}

export interface IssueHealth {
  created: number;
  resolved: number;
  firstResponded: number;
  firstResponseBreached: number;
  /** First responses within the SLA, % of first responses given in the range (one decimal); null: none. */
  firstResponseCompliancePct: number | null;
  resolutionBreached: number;
  /** Resolutions within the SLA, % of issues resolved in the range (one decimal); null: none. */
  resolutionCompliancePct: number | null;
  /** Mean filed → resolved wall-clock hours of the issues resolved in the range (one decimal). */
  mttrHours: number | null;
  csatCount: number;
  /** Mean satisfaction score 1–5 of the ratings given in the range (two decimals). */
  csatAvg: number | null;
  /** Ratings of 4 or 5, % of ratings (one decimal). */
  csatSatisfiedPct: number | null;
  /** Open at the end of the range's last day: everything filed up to then minus everything resolved up to then. */
  backlogAtEnd: number;
}

export interface IssueTrendPoint {
  periodStart: string;
  created: number;
  resolved: number;
  backlogAtEnd: number;
  firstResponseCompliancePct: number | null;
  resolutionCompliancePct: number | null;
  mttrHours: number | null;
  csatAvg: number | null;
}

/** The health figures of summed measures and a backlog. */
export function healthOf(s: StatSums, backlogAtEnd: number): IssueHealth {
  return {
    created: s.created,
    resolved: s.resolved,
    firstResponded: s.firstResponded,
    firstResponseBreached: s.firstResponseBreached,
    firstResponseCompliancePct: compliance(s.firstResponded - s.firstResponseBreached, s.firstResponseBreached),
    resolutionBreached: s.resolutionBreached,
    resolutionCompliancePct: compliance(s.resolved - s.resolutionBreached, s.resolutionBreached),
    mttrHours: s.resolved ? round1(s.resolutionMinutes / s.resolved / 60) : null,
    csatCount: s.csatCount,
    csatAvg: s.csatCount ? round2(s.csatSum / s.csatCount) : null,
    csatSatisfiedPct: percent(s.csatSatisfied, s.csatCount),
    backlogAtEnd,
  };
}

/** One trend point of a period's summed measures and the backlog at its end. */
export function trendPointOf(periodStart: string, s: StatSums, backlogAtEnd: number): IssueTrendPoint {
  const h = healthOf(s, backlogAtEnd);
  return {
    periodStart,
    created: h.created,
    resolved: h.resolved,
    backlogAtEnd,
    firstResponseCompliancePct: h.firstResponseCompliancePct,
    resolutionCompliancePct: h.resolutionCompliancePct,
    mttrHours: h.mttrHours,
    csatAvg: h.csatAvg,
  };
}
