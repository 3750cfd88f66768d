import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card, PageHeader } from "@/components/ui/card";
import { departmentName, listDepartments } from "@/modules/departments/queries";
import { ResetPasswordForm, UserDetailsForm, UserStatusForm } from "@/modules/users/components/user-edit-forms";
import { getUser } from "@/modules/users/queries";
import { requirePagePermission } from "@/server/session";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("users.manage");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [user, departments, t, locale] = await Promise.all([getUser(id.data), listDepartments(), getTranslations("users"), getLocale()]);
  if (!user) notFound();
  const options = departments.filter((d) => d.active || d.id === user.departmentId).map((d) => ({ id: d.id, label: departmentName(d, locale) }));
  const editable = { id: user.id, name: user.name, role: user.role, departmentId: user.departmentId, active: user.active, version: user.version };
  return (
    <>
      <PageHeader title={user.name} description={`${user.email} · ${user.active ? t("activeAccount") : t("inactiveAccount")}`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("details")} className="lg:col-span-2">
          <UserDetailsForm user={editable} departments={options} />
        </Card>
        <div className="space-y-4">
          <Card title={t("status")}>
            <UserStatusForm user={editable} />
          </Card>
          <Card title={t("resetPassword")}>
            <ResetPasswordForm user={editable} />
          </Card>
        </div>
      </div>
    </>
  );
}
