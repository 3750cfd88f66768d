import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { first } from "@/lib/list-params";
import { FileIssueForm } from "@/modules/issues/components/file-issue-form";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("issues"))("new") };
}

export default async function NewIssuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("issue.file");
  const t = await getTranslations("issues");
  return (
    <>
      <PageHeader title={t("new")} description={t("form.description")} />
      <FileIssueForm defaultModule={first((await searchParams).module)} />
    </>
  );
}
