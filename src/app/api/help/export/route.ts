import { getTranslations } from "next-intl/server";
import { parseListParams } from "@/lib/list-params";
import { ARTICLE_SORTS, exportArticles, parseArticleFilter } from "@/modules/help/queries";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** The writers' article list as .xlsx, with the same search, filters, tab and sort as the page. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("help.write");
  if ("response" in guard) return guard.response;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, ARTICLE_SORTS, "relevance", "desc");
  const rows = await exportArticles(parseArticleFilter(raw, list.q, guard.actor, true), list.sort);
  const t = await getTranslations();
  const origin = new URL(request.url).origin;
  return xlsxResponse(`${t("help.exportFileName")}.xlsx`, t("help.title"), [
    { header: t("help.fields.title"), value: (r) => r.title, width: 40 },
    { header: t("help.fields.kind"), value: (r) => t(`help.kinds.${r.kind}`), width: 10 },
    { header: t("help.fields.module"), value: (r) => t(`help.modules.${r.module ?? "GENERAL"}`), width: 14 },
    { header: t("help.fields.roles"), value: (r) => (r.roles.length ? r.roles.map((x) => t(`roles.${x}`)).join(", ") : t("help.meta.forEveryone")), width: 24 },
    { header: t("help.fields.status"), value: (r) => t(`help.statuses.${r.status}`), width: 10 },
    { header: t("help.faqGuide.views"), value: (r) => r.viewCount, width: 10 },
    { header: t("help.faqGuide.linkedIssues"), value: (r) => r.linkCount, width: 10 },
    { header: t("help.fields.author"), value: (r) => r.authorName, width: 12 },
    { header: t("help.fields.publishedAt"), value: (r) => r.publishedAt, width: 20 },
    { header: t("help.fields.updatedAt"), value: (r) => r.updatedAt, width: 20 },
    { header: t("help.fields.link"), value: (r) => `${origin}/help/${r.id}`, width: 50 },
  ], rows);
}
