import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { departmentName, getDepartment } from "@/modules/departments/queries";
import { ChangePasswordForm } from "@/modules/users/components/change-password-form";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requirePagePermission("account.manage");
  const [t, locale, department] = await Promise.all([getTranslations(), getLocale(), getDepartment(actor.departmentId)]);
  const rows: [string, string][] = [
    [t("users.fields.name"), actor.name],
    [t("users.fields.email"), actor.email],
    [t("users.fields.role"), t(`roles.${actor.role}`)],
    [t("users.fields.department"), department ? departmentName(department, locale) : "—"],
  ];
  return (
    <>
      <PageHeader title={t("account.title")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("account.profile")}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-500">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("account.changePassword")}>
          <ChangePasswordForm />
        </Card>
      </div>
    </>
  );
}
