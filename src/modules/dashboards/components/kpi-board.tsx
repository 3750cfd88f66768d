import { getLocale, getTranslations } from "next-intl/server";
import { departmentName } from "@/modules/departments/queries";
import type { KpiStatus } from "@/modules/kpi/logic";
import { HORIZONS, type Tile, type TileGroup } from "../tiles";
import { KpiTile, StatusBadge } from "./kpi-tile";

const STATUSES: KpiStatus[] = ["GREEN", "AMBER", "RED", "NONE"];

/** What the colours mean, next to the tiles (and on the PDF). */
export async function StatusLegend({ counts }: { counts?: Record<KpiStatus, number> }) {
  const t = await getTranslations("dashboards");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t("legend.label")} data-testid="status-legend">
      {STATUSES.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <StatusBadge status={s} label={counts ? `${t(`status.${s}`)} ${counts[s]}` : t(`status.${s}`)} />
          <span>{t(`legend.${s}`)}</span>
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <svg width="18" height="8" aria-hidden><line x1="0" y1="4" x2="18" y2="4" stroke="#475569" strokeWidth="1.5" strokeDasharray="3 3" /></svg>
        <span>{t("legend.targetLine")}</span>
      </li>
    </ul>
  );
}

type Departments = { id: string; nameZh: string; nameEn: string }[];

/** A group's heading: "Company-wide", a horizon ("3-month goals") or a department's name. */
export async function groupTitles(departments: Departments): Promise<(key: string) => string> {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  return (key: string) => {
    if (key === "") return t("groups.company");
    if ((HORIZONS as string[]).includes(key)) return t(`groups.${key}`);
    const d = departments.find((x) => x.id === key);
    return d ? departmentName(d, locale) : key;
  };
}

export async function BoardEmpty() {
  const t = await getTranslations("dashboards");
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500" data-testid="board-empty">{t("board.empty")}</p>;
}

/** The tiles, grouped by value-realization horizon or by department. */
export async function KpiBoard({ groups, departments, compact = false }: { groups: TileGroup[]; departments: Departments; compact?: boolean }) {
  const groupTitle = await groupTitles(departments);
  if (!groups.length) return <BoardEmpty />;
  // Groups flow side by side (a department with one KPI takes one tile's width), so two dozen KPIs in ten
  // groups still fit on about one screen; tiles keep one width everywhere.
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-4" data-testid="kpi-board">
      {groups.map((g) => (
        <section key={g.key} aria-label={groupTitle(g.key)} className="min-w-0 max-w-full">
          <h2 className="mb-2 text-sm font-semibold text-slate-700">{groupTitle(g.key)} <span className="font-normal text-slate-500">({g.tiles.length})</span></h2>
          <ul className={compact ? "flex flex-wrap gap-2" : "flex flex-wrap gap-3"}>
            {g.tiles.map((tile: Tile) => <KpiTile key={tile.kpi.id} tile={tile} compact={compact} fixedWidth />)}
          </ul>
        </section>
      ))}
    </div>
  );
}
