import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { departmentName } from "@/modules/departments/queries";
import { ERP_MODULES, PRIORITIES, STATUSES } from "../constants";
import type { IssueFilter } from "../list-filter";

/** The filter bar: a plain GET form, so filters live in the URL (bookmarkable, shareable, back-button safe). */
export async function IssueFilters({ filter, departments, showDepartment }: {
  filter: IssueFilter;
  departments: { id: string; nameZh: string; nameEn: string }[];
  showDepartment: boolean;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-8" role="search">
      <input type="hidden" name="view" value={filter.view} />
      <div className="sm:col-span-2">
        <Field id="q" label={t("common.search")}>
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} placeholder={t("issues.list.searchPlaceholder")} />}
        </Field>
      </div>
      <Field id="f-status" label={t("issues.fields.status")}>
        {(aria) => (
          <Select {...aria} name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("common.all")}</option>
            <option value="open">{t("issues.list.openOnly")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`issues.status.${s}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="f-module" label={t("issues.fields.module")}>
        {(aria) => (
          <Select {...aria} name="module" defaultValue={filter.module ?? ""}>
            <option value="">{t("common.all")}</option>
            {ERP_MODULES.map((m) => <option key={m} value={m}>{t(`issues.module.${m}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="f-priority" label={t("issues.fields.priority")}>
        {(aria) => (
          <Select {...aria} name="priority" defaultValue={filter.priority ?? ""}>
            <option value="">{t("common.all")}</option>
            {PRIORITIES.map((p) => <option key={p} value={p}>{t(`issues.priority.${p}`)}</option>)}
          </Select>
        )}
      </Field>
      {showDepartment ? (
        <Field id="f-department" label={t("issues.fields.department")}>
          {(aria) => (
            <Select {...aria} name="department" defaultValue={filter.departmentId ?? ""}>
              <option value="">{t("common.all")}</option>
              {departments.map((d) => <option key={d.id} value={d.id}>{departmentName(d, locale)}</option>)}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="f-from" label={t("issues.list.from")}>
        {(aria) => <Input {...aria} name="from" type="date" defaultValue={filter.from ?? ""} />}
      </Field>
      <Field id="f-to" label={t("issues.list.to")}>
        {(aria) => <Input {...aria} name="to" type="date" defaultValue={filter.to ?? ""} />}
      </Field>
      {filter.reporterId ? <input type="hidden" name="reporter" value={filter.reporterId} /> : null}
      <div className="flex items-end gap-2 xl:col-span-8">
        <Button type="submit">{t("common.filter")}</Button>
        <Link href={`/issues?view=${filter.view}`} className="text-sm text-blue-700 underline">{t("common.reset")}</Link>
      </div>
    </form>
  );
}
