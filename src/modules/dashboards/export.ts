import "server-only";
// The board's data as .xlsx: the KPI tiles, the issue health figures and their trend, with the filter on top
// of the first sheet so a file says what it covers.
import { formatKpiValue } from "@/modules/kpi/logic";
import { sheet, type Sheet } from "@/modules/support/workbook";
import type { Board } from "./queries";

type Translate = (key: string, params?: Record<string, string | number>) => string;
const round = (v: number | null, digits = 2) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export function boardSheets(board: Board, t: Translate, locale: string, scope: string): Sheet<never>[] {
  const { range } = board.filter;
  const name = (k: { nameZh: string; nameEn: string }) => (locale === "en" ? k.nameEn : k.nameZh);
  const kpis = sheet(t("export.kpiSheet"), [
    { header: t("export.kpi"), width: 28, value: (r) => name(r.kpi) },
    { header: t("export.code"), width: 22, value: (r) => r.kpi.code },
    { header: t("export.unit"), width: 8, value: (r) => r.kpi.unit },
    { header: t("export.value"), width: 12, value: (r) => round(r.value) },
    { header: t("export.valuePeriod"), width: 12, value: (r) => r.valuePeriod },
    { header: t("export.baseline"), width: 12, value: (r) => round(r.kpi.baselineValue) },
    { header: t("export.expected"), width: 12, value: (r) => round(r.expected) },
    { header: t("export.nextTarget"), width: 12, value: (r) => round(r.next?.value ?? null) },
    { header: t("export.nextTargetDate"), width: 14, value: (r) => r.next?.dueDate ?? null },
    { header: t("export.status"), width: 10, value: (r) => t(`status.${r.status}`) },
    { header: t("export.improvement"), width: 14, value: (r) => round(r.improvement, 1) },
    { header: t("export.timeliness"), width: 12, value: (r) => t(`export.timelinessStates.${r.timeliness}`) },
    { header: t("export.display"), width: 14, value: (r) => formatKpiValue(r.value, r.kpi.unit, r.kpi.decimals, locale) },
  ], board.tiles);
  const h = board.issues;
  const health = sheet(t("export.issueSheet"), [
    { header: t("export.metric"), width: 36, value: (r: [string, string | number | null]) => r[0] },
    { header: t("export.figure"), width: 24, value: (r) => r[1] },
  ], [
    [t("export.period"), `${range.from} – ${range.to}`],
    [t("export.scope"), scope],
    [t("issues.created"), h.created],
    [t("issues.resolved"), h.resolved],
    [t("issues.backlog"), h.backlogAtEnd],
    [t("issues.sla"), h.resolutionCompliancePct],
    [t("export.frSla"), h.firstResponseCompliancePct],
    [t("issues.mttr"), h.mttrHours],
    [t("issues.csat"), h.csatAvg],
    [t("export.csatSatisfied"), h.csatSatisfiedPct],
    [t("export.csatCount"), h.csatCount],
  ]);
  const trend = sheet(t("export.trendSheet"), [
    { header: t("export.periodStart"), width: 14, value: (r) => r.periodStart },
    { header: t("issues.created"), width: 12, value: (r) => r.created },
    { header: t("issues.resolved"), width: 12, value: (r) => r.resolved },
    { header: t("issues.backlogLine"), width: 12, value: (r) => r.backlogAtEnd },
    { header: t("issues.slaLine"), width: 14, value: (r) => r.resolutionCompliancePct },
    { header: t("issues.mttr"), width: 14, value: (r) => r.mttrHours },
    { header: t("issues.csat"), width: 14, value: (r) => r.csatAvg },
  ], board.trend);
  // The sparklines' points, one row per KPI and period (weeks, or months for monthly KPIs).
  const kpiTrend = sheet(t("export.kpiTrendSheet"), [
    { header: t("export.kpi"), width: 28, value: (r: { tile: Board["tiles"][number]; period: string; value: number }) => name(r.tile.kpi) },
    { header: t("export.code"), width: 22, value: (r) => r.tile.kpi.code },
    { header: t("export.periodStart"), width: 14, value: (r) => r.period },
    { header: t("export.value"), width: 12, value: (r) => round(r.value) },
    { header: t("export.unit"), width: 8, value: (r) => r.tile.kpi.unit },
  ], board.tiles.flatMap((tile) => tile.spark.map((p) => ({ tile, period: p.period, value: p.value }))));
  return [kpis, health, trend, kpiTrend];
}
