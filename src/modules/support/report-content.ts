import type { ErpModule, IssuePriority, IssueStatus } from "@/generated/prisma/enums";

// The 每日系统运行监控报告 as data. A sent report stores exactly this (DailyReport.content), so it
// must stay readable by later versions of the page: add fields as optional, never rename.

export interface ReportIssue {
  id: string;
  number: number;
  title: string;
  module: ErpModule;
  priority: IssuePriority;
  /** The status when the report was made (for a past day: the status now, not then). */
  status: IssueStatus;
  assigneeName: string | null;
  createdAt: string;
  /** Hours from filing to the end of the day (or to the moment the report was made, for today). */
  ageHours: number;
}

export interface ReportBreach extends ReportIssue {
  /** Which clock ran out that day. */
  firstResponse: boolean;
  resolution: boolean;
}

export interface ReportCsat {
  number: number;
  title: string;
  score: number;
  comment: string | null;
}

export interface ReportCounts {
  created: number;
  done: number;
  openEod: number;
  openEodHigh: number;
  breached: number;
}

export interface ReportModuleRow extends ReportCounts {
  module: ErpModule;
}

export interface DailyReportContent {
  version: 1;
  day: string;
  timeZone: string;
  generatedAt: string;
  totals: ReportCounts & {
    /** Filed before the same-day cutoff (问题不过夜) … */
    sameDayEligible: number;
    /** … and answered the same day. */
    sameDayMet: number;
    sameDayRate: number | null;
    csatAverage: number | null;
    csatCount: number;
  };
  byModule: ReportModuleRow[];
  created: ReportIssue[];
  done: ReportIssue[];
  open: ReportIssue[];
  breached: ReportBreach[];
  csat: ReportCsat[];
  /** Lists are capped; true when the open list was cut. */
  truncated: boolean;
}
