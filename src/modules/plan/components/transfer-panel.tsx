import { getTranslations } from "next-intl/server";
import { PlanImportForm } from "../transfer/components/plan-import-form";
import { TemplateImportForm } from "../transfer/components/template-forms";

/** Plan workbooks and template files coming in: for those who edit plans. */
export async function PlanTransferPanel() {
  const t = await getTranslations("plan.transfer");
  return (
    <div className="mt-4 grid gap-6 border-t border-slate-100 pt-4 lg:grid-cols-2">
      <section>
        <h3 className="mb-2 text-sm font-semibold">{t("importPlan")}</h3>
        <PlanImportForm />
      </section>
      <section>
        <h3 className="mb-2 text-sm font-semibold">{t("importTemplate")}</h3>
        <TemplateImportForm />
      </section>
    </div>
  );
}
