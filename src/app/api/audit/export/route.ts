import { getTranslations } from "next-intl/server";
import { exportAudit, parseAuditFilter } from "@/modules/audit/queries";
import { parseListParams } from "@/lib/list-params";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** The audit log as .xlsx, with the same filters as the page. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("audit.read");
  if ("response" in guard) return guard.response;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, ["at"], "at", "desc");
  const rows = await exportAudit(parseAuditFilter(raw, list.q), list.dir);
  const t = await getTranslations("audit");
  return xlsxResponse(`${t("title")}.xlsx`, t("title"), [
    { header: t("fields.at"), value: (r) => r.at, width: 22 },
    { header: t("fields.actor"), value: (r) => r.actorEmail ?? t("system"), width: 26 },
    { header: t("fields.action"), value: (r) => r.action },
    { header: t("fields.entity"), value: (r) => r.entityType },
    { header: t("fields.entityId"), value: (r) => r.entityId, width: 38 },
    { header: t("fields.before"), value: (r) => (r.before === null ? "" : JSON.stringify(r.before)), width: 50 },
    { header: t("fields.after"), value: (r) => (r.after === null ? "" : JSON.stringify(r.after)), width: 50 },
    { header: t("fields.requestId"), value: (r) => r.requestId, width: 38 },
    { header: t("fields.ip"), value: (r) => r.ip },
  ], rows);
}
