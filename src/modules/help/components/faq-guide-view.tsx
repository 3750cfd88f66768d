import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { FaqGuide, GuideArticle } from "../faq-guide";
import { KindBadge } from "./badges";

// Printing: the portal's sidebar and header are not part of the guide; each module starts a new page.
const PRINT_CSS = `@media print {
  @page { margin: 16mm 14mm; }
  body { background: #fff !important; }
  body aside, body header, [data-print="hide"] { display: none !important; }
  body main { max-width: none !important; padding: 0 !important; }
  body .md\\:grid { display: block !important; }
  a { color: inherit !important; text-decoration: none !important; }
  h2, h3 { break-after: avoid; }
  article { break-inside: avoid-page; }
}`;

async function Ranking({ caption, rows, testId }: { caption: string; rows: GuideArticle[]; testId: string }) {
  const t = await getTranslations("help");
  return (
    <section className="break-inside-avoid" data-testid={testId}>
      <h2 className="mb-2 text-lg font-semibold text-slate-900">{caption}</h2>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-600">
            <th scope="col" className="w-10 py-1.5 pr-2 text-right font-medium">{t("faqGuide.rank")}</th>
            <th scope="col" className="py-1.5 pr-2 font-medium">{t("faqGuide.article")}</th>
            <th scope="col" className="py-1.5 pr-2 font-medium">{t("fields.module")}</th>
            <th scope="col" className="w-24 py-1.5 pr-2 text-right font-medium">{t("faqGuide.views")}</th>
            <th scope="col" className="w-28 py-1.5 text-right font-medium">{t("faqGuide.linkedIssues")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={a.id} className="border-b border-slate-100">
              <td className="py-1.5 pr-2 text-right tabular-nums text-slate-500">{i + 1}</td>
              <td className="py-1.5 pr-2">
                <Link href={`/help/${a.id}`} prefetch={false} className="text-blue-700 hover:underline">{a.title}</Link>
              </td>
              <td className="py-1.5 pr-2 text-slate-600">{t(`modules.${a.module ?? "GENERAL"}`)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{a.viewCount}</td>
              <td className="py-1.5 text-right tabular-nums">{a.linkCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** 《常见问题指南》 on screen and on paper: both rankings, then the articles in full, module by module. */
export async function FaqGuideView({ guide, generatedAt }: { guide: FaqGuide; generatedAt: string }) {
  const t = await getTranslations("help");
  return (
    <div className="space-y-8 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:p-8 print:border-0 print:p-0 print:shadow-none" data-testid="faq-guide">
      <style>{PRINT_CSS}</style>
      {/* A div, not <header>: the print rules hide the portal's header element. */}
      <div className="border-b border-slate-200 pb-4">
        <h1 className="text-2xl font-semibold text-slate-900">{t("faqGuide.documentTitle")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("faqGuide.generatedAt", { date: generatedAt })}</p>
      </div>
      {guide.sections.length === 0 ? (
        <p className="py-8 text-center text-slate-600" data-testid="faq-guide-empty">{t("faqGuide.empty")}</p>
      ) : (
        <>
          <div className="space-y-8 print:space-y-6">
            <Ranking caption={t("faqGuide.mostViewed")} rows={guide.mostViewed} testId="ranking-views" />
            {guide.mostLinked.length ? <Ranking caption={t("faqGuide.mostLinked")} rows={guide.mostLinked} testId="ranking-links" /> : null}
          </div>
          {guide.sections.map((section) => (
            <section key={section.module ?? "general"} className="print:break-before-page" data-testid="guide-section">
              <h2 className="mb-4 border-b-2 border-slate-800 pb-1 text-xl font-semibold text-slate-900">{t(`modules.${section.module ?? "GENERAL"}`)}</h2>
              <div className="space-y-6">
                {section.articles.map((a) => (
                  <article key={a.id} className="border-b border-slate-100 pb-6 last:border-0">
                    <div className="flex flex-wrap items-baseline gap-2">
                      <h3 className="text-lg font-semibold text-slate-900">{a.title}</h3>
                      <KindBadge kind={a.kind} label={t(`kinds.${a.kind}`)} />
                    </div>
                    <p className="mt-1 text-xs text-slate-500">
                      {t("meta.views", { count: a.viewCount })} · {t("meta.linkedIssues", { count: a.linkCount })}
                    </p>
                    {a.videoUrl ? (
                      <p className="mt-2 text-sm">
                        {t("faqGuide.video")}: <a href={a.videoUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline">{a.videoUrl}</a>
                      </p>
                    ) : null}
                    {/* The article's own headings stay below its title in the guide's outline. */}
                    <Markdown source={a.body} className="mt-3 [&_h1]:text-base [&_h2]:text-base [&_h3]:text-sm" />
                  </article>
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
