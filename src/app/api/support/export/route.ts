import { getLocale, getTranslations } from "next-intl/server";
import { departmentName, getDepartment } from "@/modules/departments/queries";
import { dashboardSheets } from "@/modules/support/export";
import { parseDashboardFilter } from "@/modules/support/period";
import { getDashboard, supportClock } from "@/modules/support/queries";
import { workbookResponse } from "@/modules/support/workbook";
import { requireApiPermission } from "@/server/api";

/** The support dashboard as .xlsx, one sheet per chart, with the page's filters. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("support.dashboard");
  if ("response" in guard) return guard.response;
  const clock = supportClock();
  const filter = parseDashboardFilter(Object.fromEntries(new URL(request.url).searchParams), clock.today);
  const [data, t, locale, department] = await Promise.all([
    getDashboard(filter, clock),
    getTranslations(),
    getLocale(),
    filter.departmentId ? getDepartment(filter.departmentId) : null,
  ]);
  const tr = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  const filterText = [
    `${t("support.filters.module")}: ${filter.module ? tr(`issues.module.${filter.module}`) : t("support.filters.all")}`,
    `${t("support.filters.department")}: ${department ? departmentName(department, locale) : t("support.filters.all")}`,
  ].join("; ");
  return workbookResponse(`${t("support.export.filename")}-${filter.from}_${filter.to}.xlsx`, dashboardSheets(data, filter, tr, filterText));
}
