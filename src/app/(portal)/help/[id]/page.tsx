import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { ArticleStatusForm } from "@/modules/help/components/article-status-form";
import { KindBadge, StatusBadge, Tag } from "@/modules/help/components/badges";
import { formatMoment } from "@/modules/help/components/format";
import { LinkedIssues } from "@/modules/help/components/linked-issues";
import { VideoCard } from "@/modules/help/components/video-card";
import { getArticle, recordArticleView } from "@/modules/help/queries";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

type Params = { params: Promise<{ id: string }> };

// One read per request for the title and the page.
const loadArticle = cache((id: string) => (z.uuid().safeParse(id).success ? getArticle(id) : null));
const load = async (params: Params["params"]) => loadArticle((await params).id);

export async function generateMetadata({ params }: Params) {
  const article = await load(params);
  return { title: article?.title ?? (await getTranslations("help"))("title") };
}

export default async function ArticlePage({ params }: Params) {
  const actor = await requirePagePermission("help.read");
  const canWrite = can(actor.role, "help.write");
  const article = await load(params);
  // Drafts and archived articles exist only for writers; to readers they are simply not there.
  if (!article || (article.status !== "PUBLISHED" && !canWrite)) notFound();
  const views = article.viewCount + ((await recordArticleView(article.id, actor.id)) ? 1 : 0);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const seesIssues = can(actor.role, "issue.read.all");

  return (
    <>
      <nav className="mb-3 text-sm print:hidden">
        <Link href="/help" className="text-blue-700 hover:underline">← {t("help.back")}</Link>
      </nav>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:p-8" data-testid="article">
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <KindBadge kind={article.kind} label={t(`help.kinds.${article.kind}`)} />
            <Tag>{article.module ? t(`help.modules.${article.module}`) : t("help.modules.GENERAL")}</Tag>
            {article.roles.length ? article.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) : <Tag>{t("help.meta.forEveryone")}</Tag>}
            {article.status !== "PUBLISHED" ? <StatusBadge status={article.status} label={t(`help.statuses.${article.status}`)} /> : null}
          </div>
          <h1 className="text-2xl font-semibold text-slate-900">{article.title}</h1>
          <p className="mt-2 text-xs text-slate-500">
            {article.publishedAt ? t("help.meta.publishedOn", { date: formatMoment(article.publishedAt, locale) }) : t("help.meta.notPublished")}
            {" · "}
            {t("help.meta.updatedOn", { date: formatMoment(article.updatedAt, locale) })}
            {" · "}
            {t("help.meta.views", { count: views })}
          </p>
          {article.status !== "PUBLISHED" ? (
            <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">{t(`help.preview.${article.status}`)}</p>
          ) : null}
          <div className="mt-6">
            {article.videoUrl ? <VideoCard url={article.videoUrl} /> : null}
            <Markdown source={article.body} />
          </div>
        </article>
        <aside className="space-y-4 print:hidden">
          {canWrite ? (
            <Card title={t("help.writer.title")}>
              <div className="space-y-3">
                <Link href={`/help/${article.id}/edit`} className={buttonVariants({ size: "sm" })} data-testid="edit-article">{t("help.actions.edit")}</Link>
                <ArticleStatusForm article={{ id: article.id, version: article.version, status: article.status }} />
                <p className="text-xs text-slate-500">{t("help.writer.author", { name: article.author.name })}</p>
              </div>
            </Card>
          ) : null}
          <LinkedIssues
            articleId={article.id}
            count={article._count.issueLinks}
            showList={seesIssues}
            canLink={canWrite}
            sourceIssue={seesIssues ? article.sourceIssue : null}
          />
        </aside>
      </div>
    </>
  );
}
