import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { departmentName } from "@/modules/departments/queries";
import { cn } from "@/lib/cn";
import { type BoardFilter, boardQuery, GROUPINGS, LAYOUTS, RANGE_PRESETS } from "../filter";
import { formatDay } from "./format";

/** A plain GET form: every filtered view is a URL that can be bookmarked, shared and exported. */
export async function BoardFilters({ filter, departments }: { filter: BoardFilter; departments: { id: string; nameZh: string; nameEn: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.filters"), getLocale()]);
  const custom = filter.preset === "custom";
  return (
    <div data-print="hide">
      <form method="get" role="search" aria-label={t("label")} className="mb-2 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.4fr)_auto]">
        <Field id="f-department" label={t("department")}>
          {(aria) => (
            <Select {...aria} name="department" defaultValue={filter.departmentId ?? ""} data-testid="filter-department">
              <option value="">{t("allDepartments")}</option>
              {departments.map((d) => <option key={d.id} value={d.id}>{departmentName(d, locale)}</option>)}
            </Select>
          )}
        </Field>
        <Field id="f-period" label={t("period")}>
          {(aria) => (
            <Select {...aria} name="period" defaultValue={filter.preset} data-testid="filter-period">
              {RANGE_PRESETS.map((p) => <option key={p} value={p}>{t(`presets.${p}`)}</option>)}
            </Select>
          )}
        </Field>
        <Field id="f-from" label={t("from")} hint={t("customHint")}>
          {(aria) => <Input {...aria} type="date" name="from" defaultValue={custom ? filter.range.from : ""} />}
        </Field>
        <Field id="f-to" label={t("to")}>
          {(aria) => <Input {...aria} type="date" name="to" defaultValue={custom ? filter.range.to : ""} />}
        </Field>
        <Field id="f-group" label={t("group")}>
          {(aria) => (
            <Select {...aria} name="group" defaultValue={filter.group}>
              {GROUPINGS.map((g) => <option key={g} value={g}>{t(`groupings.${g}`)}</option>)}
            </Select>
          )}
        </Field>
        {filter.layout !== "table" ? <input type="hidden" name="layout" value={filter.layout} /> : null}
        <div className="flex items-end gap-3">
          <Button type="submit" data-testid="filter-apply">{t("apply")}</Button>
          <Link href="/dashboard" className="pb-2 text-sm text-blue-700 underline">{t("reset")}</Link>
        </div>
      </form>
      {filter.invalidRange ? <div className="mb-2"><Alert tone="error" testId="invalid-range">{t("invalidRange")}</Alert></div> : null}
    </div>
  );
}

/** "Showing 2026-10-01 – 2026-12-31 · Finance": printed too, so a PDF says what it covers. */
export async function FilterSummary({ filter, departmentLabel }: { filter: BoardFilter; departmentLabel: string | null }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.filters"), getLocale()]);
  return (
    <p className="mb-4 text-xs text-slate-600" data-testid="board-range">
      {t("showing", { from: formatDay(filter.range.from, locale), to: formatDay(filter.range.to, locale), scope: departmentLabel ?? t("allDepartments") })}
    </p>
  );
}

/** Table or tiles: two links keeping every other filter, the current one marked for screen readers too. */
export async function LayoutSwitch({ filter }: { filter: BoardFilter }) {
  const t = await getTranslations("dashboards.layout");
  return (
    <nav aria-label={t("label")} className="flex items-center gap-2 text-xs text-slate-600" data-print="hide" data-testid="layout-switch">
      <span>{t("label")}</span>
      <span className="inline-flex overflow-hidden rounded-md border border-slate-300">
        {LAYOUTS.map((layout) => {
          const current = filter.layout === layout;
          return (
            <Link
              key={layout}
              href={`/dashboard${boardQuery({ ...filter, layout })}`}
              aria-current={current ? "page" : undefined}
              className={cn("px-2.5 py-1 font-medium", current ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-100")}
              data-testid={`layout-${layout}`}
            >
              {t(layout)}
            </Link>
          );
        })}
      </span>
    </nav>
  );
}
