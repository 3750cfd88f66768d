import { getLocale, getTranslations } from "next-intl/server";
import { departmentName } from "@/modules/departments/queries";
import { boardSheets } from "@/modules/dashboards/export";
import { parseBoardFilter } from "@/modules/dashboards/filter";
import { getBoard, todayDay } from "@/modules/dashboards/queries";
import { workbookResponse } from "@/modules/support/workbook";
import { requireApiPermission } from "@/server/api";

/** The executive board's data as .xlsx, for the same filters as the page (department, period). */
export async function GET(request: Request) {
  const guard = await requireApiPermission("dashboard.executive");
  if ("response" in guard) return guard.response;
  const filter = parseBoardFilter(Object.fromEntries(new URL(request.url).searchParams), todayDay());
  const [board, t, locale] = await Promise.all([getBoard(filter), getTranslations("dashboards"), getLocale()]);
  const department = board.departments.find((d) => d.id === filter.departmentId);
  const scope = department ? departmentName(department, locale) : t("filters.allDepartments");
  return workbookResponse(`${t("export.fileName")}-${filter.range.from}_${filter.range.to}.xlsx`, boardSheets(board, t as never, locale, scope));
}
