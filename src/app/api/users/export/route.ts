import { getTranslations } from "next-intl/server";
import { departmentName } from "@/modules/departments/queries";
import { exportUsers, parseUserFilter, USER_SORTS } from "@/modules/users/queries";
import { parseListParams } from "@/lib/list-params";
import { requireApiPermission } from "@/server/api";
import { currentLocale } from "@/i18n/locale";
import { xlsxResponse } from "@/server/xlsx";

/** The user list as .xlsx, with the same filters and sort as the page. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("users.read");
  if ("response" in guard) return guard.response;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, USER_SORTS, "name");
  const rows = await exportUsers(parseUserFilter(raw, list.q), list.sort, list.dir);
  const [t, locale] = [await getTranslations(), await currentLocale()];
  return xlsxResponse(`${t("users.title")}.xlsx`, t("users.title"), [
    { header: t("users.fields.name"), value: (r) => r.name, width: 16 },
    { header: t("users.fields.email"), value: (r) => r.email, width: 28 },
    { header: t("users.fields.role"), value: (r) => t(`roles.${r.role}`) },
    { header: t("users.fields.department"), value: (r) => departmentName(r.department, locale) },
    { header: t("users.fields.status"), value: (r) => t(r.active ? "common.active" : "common.inactive"), width: 10 },
    { header: t("users.fields.lastLoginAt"), value: (r) => r.lastLoginAt, width: 20 },
    { header: t("users.fields.createdAt"), value: (r) => r.createdAt, width: 20 },
  ], rows);
}
