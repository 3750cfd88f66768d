import { getTranslations } from "next-intl/server";
import { parseListParams } from "@/lib/list-params";
import { listOutbox, parseOutboxFilter } from "@/modules/notifications/queries";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** The outbox as .xlsx, with the page's filters (newest 10,000). */
export async function GET(request: Request) {
  const guard = await requireApiPermission("integrations.manage");
  if ("response" in guard) return guard.response;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, ["createdAt"] as const, "createdAt", "desc");
  const { rows } = await listOutbox(parseOutboxFilter(raw, list.q), 1, 1, 10_000);
  const t = await getTranslations("notifications.outbox");
  return xlsxResponse(`${t("title")}.xlsx`, t("title"), [
    { header: t("createdAt"), value: (r) => r.createdAt, width: 20 },
    { header: t("channel"), value: (r) => t(`channels.${r.channel}`), width: 10 },
    { header: t("target"), value: (r) => (r.channel === "WEBHOOK" ? (r.endpointName ?? t("endpointGone")) : r.target), width: 28 },
    { header: t("subject"), value: (r) => r.subject, width: 40 },
    { header: t("status"), value: (r) => t(`statuses.${r.status}`), width: 10 },
    { header: t("attempts"), value: (r) => r.attempts, width: 8 },
    { header: t("lastError"), value: (r) => r.lastError, width: 40 },
    { header: t("sentAt"), value: (r) => r.sentAt, width: 20 },
  ], rows);
}
