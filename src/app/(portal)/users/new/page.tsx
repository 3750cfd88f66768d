import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { departmentName, listDepartments } from "@/modules/departments/queries";
import { UserCreateForm } from "@/modules/users/components/user-create-form";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("new") };
}

export default async function NewUserPage() {
  await requirePagePermission("users.manage");
  const [t, locale, departments] = await Promise.all([getTranslations("users"), getLocale(), listDepartments({ activeOnly: true })]);
  return (
    <>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <Card>
        <UserCreateForm departments={departments.map((d) => ({ id: d.id, label: departmentName(d, locale) }))} />
      </Card>
    </>
  );
}
