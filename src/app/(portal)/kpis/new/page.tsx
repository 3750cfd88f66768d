import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { KpiForm } from "@/modules/kpi/components/kpi-form";
import { departmentOptions, ownerOptions } from "@/modules/kpi/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("newTitle") };
}

export default async function NewKpiPage() {
  await requirePagePermission("kpi.manage");
  const [t, owners, departments] = await Promise.all([getTranslations("kpi"), ownerOptions(), departmentOptions()]);
  return (
    <>
      <nav className="mb-3 text-sm"><Link href="/kpis" className="text-blue-700 hover:underline">← {t("backToCatalogue")}</Link></nav>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <div className="max-w-5xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KpiForm options={{ owners, departments }} />
      </div>
    </>
  );
}
