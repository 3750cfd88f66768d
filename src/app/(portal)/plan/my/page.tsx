import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { MyWork } from "@/modules/plan/components/my-work";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("plan.my"))("title") };
}

export default async function MyTasksPage() {
  const actor = await requirePagePermission("plan.read");
  const t = await getTranslations("plan.my");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MyWork actor={actor} />
    </>
  );
}
