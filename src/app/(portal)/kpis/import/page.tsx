import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { KpiImportForm } from "@/modules/kpi/transfer/components/kpi-import-form";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("kpiTransfer"))("title") };
}

export default async function KpiImportPage() {
  await requirePagePermission("kpi.manage");
  const t = await getTranslations("kpiTransfer");
  return (
    <>
      <nav className="mb-3 text-sm"><Link href="/kpis" className="text-blue-700 hover:underline">← {t("backToCatalogue")}</Link></nav>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid max-w-5xl gap-4">
        <Card title={t("template.heading")}>
          <p className="mb-3 text-sm text-slate-600">{t("template.intro")}</p>
          <div className="flex flex-wrap gap-2">
            {/* Plain links: the browser downloads them; prefetching a download would be wasted. */}
            <a href="/api/kpis/import-template?format=xlsx" className={buttonVariants({ variant: "secondary", size: "sm" })} data-testid="template-xlsx">{t("template.xlsx")}</a>
            <a href="/api/kpis/import-template?format=csv" className={buttonVariants({ variant: "secondary", size: "sm" })} data-testid="template-csv">{t("template.csv")}</a>
          </div>
        </Card>
        <Card title={t("form.heading")}>
          <KpiImportForm />
        </Card>
      </div>
    </>
  );
}
