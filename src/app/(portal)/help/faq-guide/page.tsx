import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { first } from "@/lib/list-params";
import { FaqGuideView } from "@/modules/help/components/faq-guide-view";
import { formatMoment } from "@/modules/help/components/format";
import { PrintButton } from "@/modules/help/components/print-button";
import { GUIDE_TOPS, parseGuideTop } from "@/modules/help/faq-guide";
import { loadFaqGuide } from "@/modules/help/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("help"))("faqGuide.title") };
}

export default async function FaqGuidePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("help.read");
  const top = parseGuideTop(first((await searchParams).top));
  const [guide, t, locale] = await Promise.all([loadFaqGuide(top), getTranslations("help"), getLocale()]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3" data-print="hide">
        <nav className="text-sm">
          <Link href="/help" className="text-blue-700 hover:underline">← {t("back")}</Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <form method="get" className="flex items-center gap-2 text-sm">
            <label htmlFor="top" className="text-slate-700">{t("faqGuide.top")}</label>
            <select id="top" name="top" defaultValue={String(top)} className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm">
              {GUIDE_TOPS.map((n) => (
                <option key={n} value={n}>{t("faqGuide.topN", { n })}</option>
              ))}
            </select>
            <button type="submit" className={buttonVariants({ variant: "ghost" })}>{t("faqGuide.apply")}</button>
          </form>
          <PrintButton label={t("faqGuide.print")} />
          <a href={`/api/help/faq-guide/markdown?top=${top}`} className={buttonVariants({ variant: "secondary" })} data-testid="download-markdown" download>
            {t("faqGuide.downloadMarkdown")}
          </a>
        </div>
      </div>
      <p className="mb-4 text-sm text-slate-600" data-print="hide">{t("faqGuide.description")}</p>
      <FaqGuideView guide={guide} generatedAt={formatMoment(new Date(), locale, true)} />
    </>
  );
}
