import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { departmentName, type listDepartments } from "@/modules/departments/queries";
import { ERP_MODULES } from "@/modules/issues/constants";
import { PERIOD_WEEKS, type DashboardFilter } from "../period";
import { formatIsoDay } from "./format";

/** A plain GET form: every filtered view is a link that can be bookmarked and shared. */
export async function DashboardFilters({ filter, departments, timeZone }: { filter: DashboardFilter; departments: Awaited<ReturnType<typeof listDepartments>>; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <>
      <form method="get" role="search" aria-label={t("support.filters.label")} className="mb-2 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 print:hidden">
        <Field id="f-weeks" label={t("support.filters.period")}>
          {(aria) => (
            <Select {...aria} name="weeks" defaultValue={filter.weeks ? String(filter.weeks) : ""}>
              {PERIOD_WEEKS.map((w) => (
                <option key={w} value={w}>{t("support.filters.weeks", { n: w })}</option>
              ))}
              <option value="">{t("support.filters.custom")}</option>
            </Select>
          )}
        </Field>
        <Field id="f-from" label={t("support.filters.from")}>
          {(aria) => <Input {...aria} type="date" name="from" defaultValue={filter.weeks ? "" : filter.from} />}
        </Field>
        <Field id="f-to" label={t("support.filters.to")}>
          {(aria) => <Input {...aria} type="date" name="to" defaultValue={filter.weeks ? "" : filter.to} />}
        </Field>
        <Field id="f-module" label={t("support.filters.module")}>
          {(aria) => (
            <Select {...aria} name="module" defaultValue={filter.module ?? ""}>
              <option value="">{t("support.filters.all")}</option>
              {ERP_MODULES.map((m) => (
                <option key={m} value={m}>{t(`issues.module.${m}`)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-department" label={t("support.filters.department")}>
          {(aria) => (
            <Select {...aria} name="department" defaultValue={filter.departmentId ?? ""}>
              <option value="">{t("support.filters.all")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>{departmentName(d, locale)}</option>
              ))}
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-3">
          <Button type="submit">{t("support.filters.apply")}</Button>
          <Link href="/support" className="pb-2 text-sm text-blue-700 underline">{t("support.filters.reset")}</Link>
        </div>
      </form>
      {filter.invalidRange ? <div className="mb-2"><Alert tone="error" testId="invalid-range">{t("support.filters.invalidRange")}</Alert></div> : null}
      <p className="mb-4 text-xs text-slate-500" data-testid="period">
        {t("support.filters.showing", { from: formatIsoDay(filter.from, locale), to: formatIsoDay(filter.to, locale), zone: timeZone })}
      </p>
    </>
  );
}
