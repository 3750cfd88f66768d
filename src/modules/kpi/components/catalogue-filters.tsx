import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { departmentName } from "@/modules/departments/queries";
import { KPI_STATUSES, type KpiFilter } from "../queries";

/** Search and filters of the catalogue; a GET form, so every view is a shareable URL. */
export async function CatalogueFilters({ filter, departments }: { filter: KpiFilter; departments: { id: string; nameZh: string; nameEn: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const select = (id: string, name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <Field id={id} label={label}>
      {(aria) => (
        <Select {...aria} name={name} defaultValue={value ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </Select>
      )}
    </Field>
  );
  return (
    <form method="get" role="search" className="mb-4 rounded-lg border border-slate-200 bg-white p-3" data-testid="kpi-filters">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[2fr_repeat(5,1fr)]">
        <Field id="q" label={t("kpi.filters.search")}>
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} placeholder={t("kpi.filters.searchPlaceholder")} maxLength={200} />}
        </Field>
        {select("f-dept", "dept", t("kpi.fields.department"), filter.department, [
          ["company", t("kpi.companyWide")],
          ...departments.map((d): [string, string] => [d.id, departmentName(d, locale)]),
        ])}
        {select("f-source", "source", t("kpi.fields.source"), filter.source, ["COMPUTED", "ENTERED", "IMPORTED"].map((s): [string, string] => [s, t(`kpi.sources.${s}`)]))}
        {select("f-status", "status", t("kpi.fields.status"), filter.status, KPI_STATUSES.map((s): [string, string] => [s, t(`kpi.statuses.${s}`)]))}
        {select("f-freq", "freq", t("kpi.fields.frequency"), filter.frequency, ["DAILY", "WEEKLY", "MONTHLY"].map((s): [string, string] => [s, t(`kpi.frequencies.${s}`)]))}
        <Field id="f-state" label={t("kpi.filters.state")}>
          {(aria) => (
            <Select {...aria} name="state" defaultValue={filter.state}>
              {(["active", "archived", "all"] as const).map((s) => <option key={s} value={s}>{t(`kpi.filters.states.${s}`)}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <div className="mt-3 flex items-center justify-end gap-3">
        <Link href="/kpis" className="text-sm text-blue-700 underline">{t("common.reset")}</Link>
        <Button type="submit">{t("common.search")}</Button>
      </div>
    </form>
  );
}
