import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { DepartmentCreateForm, DepartmentEditForm } from "@/modules/departments/components/department-forms";
import { listDepartments } from "@/modules/departments/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("departments"))("title") };
}

export default async function DepartmentsPage() {
  await requirePagePermission("departments.manage");
  const [departments, t] = await Promise.all([listDepartments(), getTranslations("departments")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("new")} className="mb-4">
        <DepartmentCreateForm />
      </Card>
      <Card title={t("list", { count: departments.length })}>
        {departments.length === 0 ? <p className="py-6 text-center text-slate-500">{t("empty")}</p> : null}
        <ul className="divide-y divide-slate-100">
          {departments.map((d) => (
            <li key={`${d.id}-${d.version}`} className="py-3">
              <DepartmentEditForm department={d} />
              <p className="mt-1 text-xs text-slate-500">{t("activeUsers", { count: d._count.users })}</p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
