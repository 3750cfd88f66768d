import "server-only";
import { issueKey } from "@/modules/issues/constants";
import { SLA_TARGET_PERCENT } from "./metrics";
import type { DashboardFilter } from "./period";
import { isoWeekLabel } from "./period";
import type { Dashboard } from "./queries";
import type { DailyReportContent, ReportIssue } from "./report-content";
import { sheet, type Sheet } from "./workbook";

type Translate = (key: string, params?: Record<string, string | number>) => string;

// The workbooks behind the dashboard and the daily report: one sheet per chart or list, numbers as
// numbers (not formatted text) so people can calculate with them.

const weekCol = (t: Translate) => ({ header: t("support.charts.week"), width: 14, value: (r: { week: string }) => isoWeekLabel(r.week) });
const mondayCol = (t: Translate) => ({ header: t("support.charts.day"), width: 12, value: (r: { week: string }) => r.week });

export function dashboardSheets(data: Dashboard, f: DashboardFilter, t: Translate, filterText: string): Sheet<never>[] {
  const k = data.kpis;
  const kpiRows: [string, string | number | null][] = [
    [t("support.export.period"), `${f.from} – ${f.to}`],
    [t("support.export.filters"), filterText],
    [t("support.export.tileWindow"), `${k.window.from} – ${k.window.to}`],
    [t("support.kpi.open"), k.open],
    [t("support.kpi.openHigh"), k.openHigh],
    [t("support.export.openBreached"), k.openBreached],
    [t("support.export.openAtRisk"), k.openAtRisk],
    [`${t("support.kpi.frRate")} (%)`, k.frRate],
    [`${t("support.kpi.resRate")} (%)`, k.resRate],
    [`${t("support.charts.sla.target", { target: SLA_TARGET_PERCENT })}`, SLA_TARGET_PERCENT],
    [`${t("support.kpi.mttr")} (h)`, k.mttrHours],
    [t("support.export.resolvedCount"), k.resolvedCount],
    [t("support.kpi.csat"), k.csatAvg],
    [t("support.export.csatCount"), k.csatCount],
    [t("support.kpi.overnight"), k.overnightOpen],
    [t("support.export.overnightUnanswered"), k.overnightUnanswered],
  ];
  return [
    sheet(t("support.export.kpis"), [
      { header: t("support.export.metric"), width: 36, value: (r) => r[0] },
      { header: t("support.export.value"), width: 24, value: (r) => r[1] },
    ], kpiRows),
    sheet(t("support.export.matrix"), [
      { header: t("support.matrix.module"), width: 16, value: (r) => t(`issues.module.${r.module}`) },
      { header: t("support.report.columns.priority"), width: 10, value: (r) => r.priority },
      { header: t("support.matrix.total"), width: 10, value: (r) => r.count },
    ], [...data.openMatrix].sort((a, b) => a.module.localeCompare(b.module) || a.priority.localeCompare(b.priority))),
    sheet(t("support.export.sla"), [
      weekCol(t), mondayCol(t),
      { header: t("support.charts.sla.filed"), value: (r) => r.filed },
      { header: t("support.charts.sla.frMet"), value: (r) => r.frMet },
      { header: t("support.charts.sla.frBreached"), value: (r) => r.frBreached },
      { header: `${t("support.charts.sla.fr")} (%)`, value: (r) => r.frRate },
      { header: t("support.charts.sla.resMet"), value: (r) => r.resMet },
      { header: t("support.charts.sla.resBreached"), value: (r) => r.resBreached },
      { header: `${t("support.charts.sla.res")} (%)`, value: (r) => r.resRate },
    ], data.slaWeekly),
    sheet(t("support.export.backlog"), [
      { header: t("support.charts.day"), width: 12, value: (r) => r.day },
      { header: t("support.charts.backlog.created"), value: (r) => r.created },
      { header: t("support.charts.backlog.done"), value: (r) => r.done },
      { header: t("support.charts.backlog.open"), value: (r) => r.open },
    ], data.backlog),
    sheet(t("support.export.mttr"), [
      weekCol(t), mondayCol(t),
      { header: t("support.charts.mttr.resolved"), value: (r) => r.resolved },
      { header: t("support.charts.mttr.mean"), value: (r) => r.meanHours },
      { header: t("support.charts.mttr.median"), value: (r) => r.medianHours },
    ], data.mttrWeekly),
    sheet(t("support.export.csatWeekly"), [
      weekCol(t), mondayCol(t),
      { header: t("support.charts.csat.responses"), value: (r) => r.responses },
      { header: t("support.charts.csat.average"), value: (r) => r.average },
    ], data.csatWeekly),
    sheet(t("support.export.csatDistribution"), [
      { header: t("support.charts.csat.score"), value: (r) => r.score },
      { header: t("support.charts.csat.count"), value: (r) => r.count },
    ], data.csatDistribution),
  ];
}

/** `snapshot`: a sent report, whose statuses are those at sending time. */
export function reportSheets(c: DailyReportContent, note: string | null, t: Translate, instant: (iso: string) => string, snapshot: boolean): Sheet<never>[] {
  const r = (key: string, params?: Record<string, string | number>) => t(`support.report.${key}`, params);
  const issueCols = [
    { header: r("columns.number"), width: 10, value: (i: ReportIssue) => issueKey(i.number) },
    { header: r("columns.title"), width: 48, value: (i: ReportIssue) => i.title },
    { header: r("columns.module"), width: 12, value: (i: ReportIssue) => t(`issues.module.${i.module}`) },
    { header: r("columns.priority"), width: 8, value: (i: ReportIssue) => i.priority },
    { header: r(snapshot ? "columns.statusAtSend" : "columns.status"), width: 12, value: (i: ReportIssue) => t(`issues.status.${i.status}`) },
    { header: r("columns.createdAt"), width: 20, value: (i: ReportIssue) => instant(i.createdAt) },
    { header: r("columns.assignee"), width: 12, value: (i: ReportIssue) => i.assigneeName ?? r("unassigned") },
  ];
  const s = c.totals;
  const summary: [string, string | number | null][] = [
    [r("day"), c.day],
    [r("totals.created"), s.created],
    [r("totals.done"), s.done],
    [r("totals.openEod"), s.openEod],
    [r("columns.openEodHigh"), s.openEodHigh],
    [r("totals.breached"), s.breached],
    [`${r("totals.sameDay")} (%)`, s.sameDayRate],
    [r("totals.sameDayDetail", { met: s.sameDayMet, eligible: s.sameDayEligible }), s.sameDayMet],
    [r("totals.csat"), s.csatAverage],
    [r("totals.csatDetail", { n: s.csatCount }), s.csatCount],
    [r("note"), note ?? ""],
    [r("generatedAt", { at: instant(c.generatedAt) }), ""],
  ];
  return [
    sheet(r("title").slice(0, 31), [
      { header: t("support.export.metric"), width: 40, value: (x) => x[0] },
      { header: t("support.export.value"), width: 40, value: (x) => x[1] },
    ], summary),
    sheet(r("byModule"), [
      { header: r("columns.module"), width: 14, value: (m) => t(`issues.module.${m.module}`) },
      { header: r("columns.created"), value: (m) => m.created },
      { header: r("columns.done"), value: (m) => m.done },
      { header: r("columns.openEod"), value: (m) => m.openEod },
      { header: r("columns.openEodHigh"), value: (m) => m.openEodHigh },
      { header: r("columns.breached"), value: (m) => m.breached },
    ], c.byModule),
    sheet(r("lists.open"), [...issueCols, { header: `${r("columns.age")} (h)`, width: 10, value: (i: ReportIssue) => i.ageHours }], c.open),
    sheet(r("lists.created"), issueCols, c.created),
    sheet(r("lists.done"), issueCols, c.done),
    sheet(r("lists.breached"), [...issueCols, {
      header: r("columns.breach"), width: 20,
      value: (i: ReportIssue & { firstResponse?: boolean; resolution?: boolean }) => [i.firstResponse ? r("breachFr") : null, i.resolution ? r("breachRes") : null].filter(Boolean).join(", "),
    }], c.breached),
    sheet(r("lists.csat"), [
      { header: r("columns.number"), width: 10, value: (x) => issueKey(x.number) },
      { header: r("columns.title"), width: 48, value: (x) => x.title },
      { header: r("columns.score"), width: 8, value: (x) => x.score },
      { header: r("columns.comment"), width: 48, value: (x) => x.comment ?? "" },
    ], c.csat),
  ];
}
