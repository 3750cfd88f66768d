import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ListPagination } from "@/components/ui/list-pagination";
import { parseListParams, withParams } from "@/lib/list-params";
import { ArticleFilters } from "@/modules/help/components/article-filters";
import { ArticleList } from "@/modules/help/components/article-list";
import { StatusTabs } from "@/modules/help/components/status-tabs";
import { ARTICLE_SORTS, countArticlesByStatus, listArticles, parseArticleFilter } from "@/modules/help/queries";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("help"))("title") };
}

export default async function HelpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("help.read");
  const canWrite = can(actor.role, "help.write");
  const raw = await searchParams;
  const list = parseListParams(raw, ARTICLE_SORTS, "relevance", "desc");
  const filter = parseArticleFilter(raw, list.q, actor, canWrite);
  const [data, counts, t] = await Promise.all([
    listArticles(filter, list.sort, list.page, list.pageSize),
    canWrite ? countArticlesByStatus() : null,
    getTranslations("help"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/help/faq-guide" className={buttonVariants({ variant: "secondary" })}>{t("faqGuide.title")}</Link>
            {canWrite ? <Link href="/help/new" className={buttonVariants()}>{t("new")}</Link> : null}
          </>
        }
      />
      {counts ? <StatusTabs current={filter.status} counts={counts} searchParams={raw} /> : null}
      <ArticleFilters filter={filter} sort={list.sort} />
      <div className="mb-2 flex items-center justify-between gap-3 text-sm text-slate-600">
        <span data-testid="help-result-count">{filter.terms.length ? t("search.resultsFor", { count: data.total, q: filter.q }) : t("search.results", { count: data.total })}</span>
        {canWrite ? (
          <a className="text-blue-700 underline" href={`/api/help/export${withParams(raw, { page: undefined })}`} data-testid="export-articles">
            {t("exportXlsx")}
          </a>
        ) : null}
      </div>
      <ArticleList rows={data.rows} filter={filter} canWrite={canWrite} />
      {data.total > 0 ? <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={raw} /> : null}
    </>
  );
}
