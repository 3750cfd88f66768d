import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/config";
import { portalToday } from "@/modules/kpi/today";
import { templateCsv, templateXlsx } from "@/modules/kpi/transfer/template";
import { requireApiPermission } from "@/server/api";

/** The import template: `?format=xlsx` (default) or `?format=csv`, headed by the codes the import reads. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("kpi.manage");
  if ("response" in guard) return guard.response;
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const [t, locale] = await Promise.all([getTranslations("kpiTransfer"), getLocale()]);
  const name = encodeURIComponent(`${t("template.fileName")}.${format}`);
  const headers = { "content-disposition": `attachment; filename*=UTF-8''${name}`, "cache-control": "no-store" };
  if (format === "csv") {
    return new Response(await templateCsv(portalToday()), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  }
  const bytes = await templateXlsx(toLocale(locale), portalToday());
  return new Response(new Uint8Array(bytes), { headers: { ...headers, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
}
