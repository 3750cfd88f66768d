import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/i18n/locale";
import { calendarToday } from "@/lib/calendar-day";
import { faqGuideMarkdown, parseGuideTop } from "@/modules/help/faq-guide";
import { loadFaqGuide } from "@/modules/help/queries";
import { requireApiPermission } from "@/server/api";
import { env } from "@/server/env";

/** 《常见问题指南》 as a .md file: the same content as the page, UTF-8, named with today's date. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("help.read");
  if ("response" in guard) return guard.response;
  const top = parseGuideTop(new URL(request.url).searchParams.get("top") ?? undefined);
  const [guide, t, locale] = await Promise.all([loadFaqGuide(top), getTranslations("help"), currentLocale()]);
  const zone = env().PORTAL_TIME_ZONE;
  const now = new Date();
  const day = calendarToday(zone).toISOString().slice(0, 10);
  const generated = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: zone }).format(now);
  const markdown = faqGuideMarkdown(guide, {
    title: t("faqGuide.documentTitle"),
    generatedAt: t("faqGuide.generatedAt", { date: generated }),
    mostViewed: t("faqGuide.mostViewed"),
    mostLinked: t("faqGuide.mostLinked"),
    rank: t("faqGuide.rank"),
    article: t("faqGuide.article"),
    module: t("fields.module"),
    views: t("faqGuide.views"),
    linkedIssues: t("faqGuide.linkedIssues"),
    video: t("faqGuide.video"),
    empty: t("faqGuide.empty"),
    moduleName: (m) => t(`modules.${m ?? "GENERAL"}`),
  });
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      // ASCII name first for old clients, the localized one for everyone else.
      "content-disposition": `attachment; filename="faq-guide-${day}.md"; filename*=UTF-8''${encodeURIComponent(`${t("faqGuide.fileName")}-${day}.md`)}`,
      "cache-control": "no-store",
    },
  });
}
