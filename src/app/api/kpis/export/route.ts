import { getLocale, getTranslations } from "next-intl/server";
import { parseListParams } from "@/lib/list-params";
import { departmentName } from "@/modules/departments/queries";
import { kpiName } from "@/modules/kpi/components/format";
import { dayOf } from "@/modules/kpi/logic";
import { exportKpis, KPI_SORTS, parseKpiFilter, withHealth } from "@/modules/kpi/queries";
import { portalToday } from "@/modules/kpi/today";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** The KPI catalogue as .xlsx, with the same search, filters and sort as the page. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("kpi.read");
  if ("response" in guard) return guard.response;
  const url = new URL(request.url);
  const raw = Object.fromEntries(url.searchParams);
  const list = parseListParams(raw, KPI_SORTS, "code", "asc");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const today = portalToday();
  const rows = await exportKpis(parseKpiFilter(raw, list.q), { sort: list.sort, dir: list.dir, locale, today, userId: guard.actor.id });
  const entries = await withHealth(rows, today);
  return xlsxResponse(`${t("kpi.exportFileName")}-${today}.xlsx`, t("kpi.title"), [
    { header: t("kpi.fields.code"), value: (e) => e.row.code, width: 24 },
    { header: t("kpi.fields.name"), value: (e) => kpiName(e.row, locale), width: 30 },
    { header: t("kpi.fields.department"), value: (e) => (e.row.departmentId ? departmentName({ nameZh: e.row.deptZh ?? "", nameEn: e.row.deptEn ?? "" }, locale) : t("kpi.companyWide")), width: 14 },
    { header: t("kpi.fields.owner"), value: (e) => e.row.ownerName, width: 14 },
    { header: t("kpi.fields.unit"), value: (e) => e.row.unit, width: 8 },
    { header: t("kpi.fields.direction"), value: (e) => t(`kpi.directions.${e.row.direction}`), width: 14 },
    { header: t("kpi.fields.frequency"), value: (e) => t(`kpi.frequencies.${e.row.frequency}`), width: 10 },
    { header: t("kpi.fields.source"), value: (e) => t(`kpi.sources.${e.row.source}`), width: 10 },
    { header: t("kpi.fields.baselineValue"), value: (e) => e.row.baselineValue, width: 12 },
    { header: t("kpi.fields.baselineDate"), value: (e) => dayOf(e.row.baselineDate), width: 12 },
    { header: t("kpi.fields.latestPeriod"), value: (e) => dayOf(e.row.latestPeriodStart), width: 12 },
    { header: t("kpi.fields.latestValue"), value: (e) => e.row.latestValue, width: 12 },
    { header: t("kpi.fields.expected"), value: (e) => (e.health.expected == null ? null : Number(e.health.expected.toFixed(4))), width: 12 },
    { header: t("kpi.fields.status"), value: (e) => t(`kpi.statuses.${e.health.status}`), width: 10 },
    { header: t("kpi.fields.timeliness"), value: (e) => (e.health.timeliness ? t(`kpi.timeliness.${e.health.timeliness.state}`, { count: e.health.timeliness.missingPeriods }) : ""), width: 14 },
    { header: t("kpi.fields.nextTargetDate"), value: (e) => e.health.next?.dueDate, width: 12 },
    { header: t("kpi.fields.nextTarget"), value: (e) => e.health.next?.value, width: 12 },
    { header: t("kpi.fields.daysLeft"), value: (e) => e.health.next?.daysLeft, width: 10 },
    { header: t("kpi.fields.active"), value: (e) => (e.row.active ? t("kpi.activeYes") : t("kpi.archived")), width: 10 },
    { header: t("kpi.fields.link"), value: (e) => `${url.origin}/kpis/${e.row.id}`, width: 50 },
  ], entries);
}
