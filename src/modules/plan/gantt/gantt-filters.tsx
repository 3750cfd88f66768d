import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { GanttLabels } from "./labels";
import { ZOOMS, type GanttFilter } from "./model";
import type { GanttPhase } from "./types";

/** A plain GET form: filtered views are links that can be bookmarked and shared, without client code. */
export function GanttFilters({ filter, phases, labels, resetHref }: { filter: GanttFilter; phases: GanttPhase[]; labels: GanttLabels; resetHref: string }) {
  const { t } = labels;
  return (
    <form method="get" role="search" aria-label={t("filters.label")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="w-64">
        <Field id="gantt-phase" label={t("filters.phase")}>
          {(aria) => (
            <Select {...aria} name="phase" defaultValue={filter.phase ?? ""}>
              <option value="">{t("filters.allPhases")}</option>
              {phases.map((p) => (
                <option key={p.id} value={p.code}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="w-32">
        <Field id="gantt-zoom" label={t("filters.zoom")}>
          {(aria) => (
            <Select {...aria} name="zoom" defaultValue={filter.zoom}>
              {ZOOMS.map((z) => (
                <option key={z} value={z}>
                  {t(`filters.zooms.${z}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="critical" value="1" defaultChecked={filter.criticalOnly} className="h-4 w-4 rounded border-slate-300" />
        {t("filters.criticalOnly")}
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href={resetHref} className="text-sm text-blue-700 underline">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
