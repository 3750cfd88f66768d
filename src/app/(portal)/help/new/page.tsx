import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { ArticleForm } from "@/modules/help/components/article-form";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("help"))("newTitle") };
}

export default async function NewArticlePage() {
  await requirePagePermission("help.write");
  const t = await getTranslations("help");
  return (
    <>
      <nav className="mb-3 text-sm">
        <Link href="/help" className="text-blue-700 hover:underline">← {t("back")}</Link>
      </nav>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <div className="max-w-4xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ArticleForm />
      </div>
    </>
  );
}
