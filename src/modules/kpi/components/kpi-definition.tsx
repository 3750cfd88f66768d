import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { departmentName } from "@/modules/departments/queries";
import type { KpiDetail } from "../detail-queries";
import { formatKpiValue } from "../logic";
import { formatDay } from "./format";

/** What the KPI measures and the rules it is judged by: definition, targets, thresholds, ownership. */
export async function KpiDefinition({ kpi }: { kpi: KpiDetail }) {
  const [t, locale] = await Promise.all([getTranslations("kpi"), getLocale()]);
  const definition = locale === "en" ? kpi.definitionEn || kpi.definitionZh : kpi.definitionZh || kpi.definitionEn;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-800">{value}</dd>
    </div>
  );
  return (
    <Card title={t("definitionTitle")}>
      <p className="mb-3 whitespace-pre-line text-sm text-slate-700" data-testid="kpi-definition">{definition || t("noDefinition")}</p>
      <dl className="divide-y divide-slate-100 text-sm">
        {row(t("fields.direction"), t(`directions.${kpi.direction}`))}
        {row(t("fields.frequency"), t(`frequencies.${kpi.frequency}`))}
        {row(t("fields.source"), kpi.source === "COMPUTED" ? `${t("sources.COMPUTED")} · ${kpi.computation ?? "—"}` : t(`sources.${kpi.source}`))}
        {row(t("fields.owner"), kpi.owner?.name ?? "—")}
        {row(t("fields.department"), kpi.department ? departmentName(kpi.department, locale) : t("companyWide"))}
        {row(t("fields.thresholds"), t("thresholdsSummary", { green: kpi.greenWithinPct, amber: kpi.amberWithinPct }))}
        {row(t("fields.graceDays"), t("graceSummary", { count: kpi.graceDays }))}
      </dl>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("form.targets")}</h3>
      {kpi.targets.length ? (
        <ol className="mt-2 space-y-1 text-sm" data-testid="kpi-targets-list">
          {kpi.targets.map((target) => (
            <li key={target.id} className="flex justify-between gap-2">
              <span>{(locale === "en" ? target.labelEn || target.labelZh : target.labelZh || target.labelEn) || t("targetUnlabelled")} · {formatDay(target.dueDate, locale)}</span>
              <span className="tabular-nums font-medium">{formatKpiValue(target.value, kpi.unit, kpi.decimals, locale)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("form.noTargets")}</p>
      )}
    </Card>
  );
}
