import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { optionalId } from "@/lib/list-params";
import { ArchiveForm } from "@/modules/kpi/components/archive-form";
import { kpiName } from "@/modules/kpi/components/format";
import { KpiForm } from "@/modules/kpi/components/kpi-form";
import { editableKpi, getKpi } from "@/modules/kpi/detail-queries";
import { departmentOptions, ownerOptions } from "@/modules/kpi/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("editTitle") };
}

export default async function EditKpiPage({ params }: { params: Promise<{ kpiId: string }> }) {
  await requirePagePermission("kpi.manage");
  const id = optionalId((await params).kpiId);
  if (!id) notFound();
  const [kpi, t, locale, owners, departments] = await Promise.all([getKpi(id), getTranslations("kpi"), getLocale(), ownerOptions(), departmentOptions()]);
  if (!kpi) notFound();
  return (
    <>
      <nav className="mb-3 text-sm"><Link href={`/kpis/${kpi.id}`} className="text-blue-700 hover:underline">← {t("backToKpi")}</Link></nav>
      <PageHeader title={t("editTitle")} description={`${kpi.code} · ${kpiName(kpi, locale)}`} actions={<ArchiveForm id={kpi.id} version={kpi.version} active={kpi.active} />} />
      <div className="max-w-5xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KpiForm kpi={editableKpi(kpi)} options={{ owners, departments }} />
      </div>
    </>
  );
}
