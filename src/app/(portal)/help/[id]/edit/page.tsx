import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/ui/card";
import { ArticleForm } from "@/modules/help/components/article-form";
import { StatusBadge } from "@/modules/help/components/badges";
import { getArticle } from "@/modules/help/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("help"))("editTitle") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("help.write");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [article, t] = await Promise.all([getArticle(id.data), getTranslations("help")]);
  if (!article) notFound();
  return (
    <>
      <nav className="mb-3 text-sm">
        <Link href={`/help/${article.id}`} className="text-blue-700 hover:underline">← {t("backToArticle")}</Link>
      </nav>
      <PageHeader title={t("editTitle")} description={article.title} actions={<StatusBadge status={article.status} label={t(`statuses.${article.status}`)} />} />
      <div className="max-w-4xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ArticleForm
          article={{
            id: article.id, version: article.version, title: article.title, kind: article.kind, module: article.module,
            roles: article.roles, videoUrl: article.videoUrl, body: article.body, status: article.status,
          }}
        />
      </div>
    </>
  );
}
