import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { formatChangePct, formatKpiValue } from "@/modules/kpi/logic";
import type { Grouping } from "../filter";
import type { Tile, TileGroup } from "../tiles";
import { Sparkline, STATUS_COLORS } from "./charts";
import { BoardEmpty, groupTitles } from "./kpi-board";
import { kpiName, STATUS_CLASSES, StatusBadge } from "./kpi-tile";

const th = "px-2 py-1.5 text-left font-medium";
const td = "px-2 py-0.5 align-middle";

/**
 * The board as one dense table: a row per KPI (value, baseline, value expected today on its target path,
 * sparkline, next target), the group named once beside its rows. Two dozen KPIs fit beside the rollout panel
 * on about one screen; the tiles layout shows the same numbers bigger.
 */
export async function KpiBoardTable({ groups, departments, grouping }: { groups: TileGroup[]; departments: { id: string; nameZh: string; nameEn: string }[]; grouping: Grouping }) {
  if (!groups.length) return <BoardEmpty />;
  const [t, groupTitle] = await Promise.all([getTranslations("dashboards"), groupTitles(departments)]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="kpi-board">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className={th}>{t(`filters.groupings.${grouping}`)}</th>
            <th scope="col" className={th}>KPI</th>
            <th scope="col" className={th}>{t("table.status")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("table.value")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("tile.baseline")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("tile.expected")}</th>
            <th scope="col" className={th}>{t("table.trend")}</th>
            <th scope="col" className={th}>{t("table.next")}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key} className="border-t border-slate-200">
            {g.tiles.map((tile, i) => (
              <KpiRow key={tile.kpi.id} tile={tile} group={i === 0 ? { title: groupTitle(g.key), rows: g.tiles.length } : null} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

async function KpiRow({ tile, group }: { tile: Tile; group: { title: string; rows: number } | null }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const { kpi } = tile;
  const fmt = (v: number | null) => formatKpiValue(v, kpi.unit, kpi.decimals, locale);
  const name = kpiName(kpi, locale);
  return (
    <tr className="border-t border-slate-100 first:border-t-0 hover:bg-slate-50" data-testid="kpi-tile" data-kpi={kpi.code} data-status={tile.status}>
      {group ? (
        <th scope="rowgroup" rowSpan={group.rows} className="w-20 border-r border-slate-100 px-2 py-0.5 text-left align-top text-xs font-semibold text-slate-700">
          {group.title}
        </th>
      ) : null}
      <td className={cn(td, "min-w-36 border-l-4", STATUS_CLASSES[tile.status].border)}>
        <Link href={`/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline" data-testid="kpi-tile-link">{name}</Link>
        {tile.timeliness !== "ON_TIME" ? (
          <span className="ml-1.5 whitespace-nowrap rounded bg-red-50 px-1 text-xs font-medium text-red-700" title={t(`tile.${tile.timeliness}`, { n: tile.missingPeriods })} data-testid="kpi-late">
            {t(`table.${tile.timeliness}`)}
            <span className="sr-only">: {t(`tile.${tile.timeliness}`, { n: tile.missingPeriods })}</span>
          </span>
        ) : null}
      </td>
      <td className={td}><StatusBadge status={tile.status} label={t(`status.${tile.status}`)} /></td>
      <td className={cn(td, "whitespace-nowrap text-right tabular-nums")} title={tile.improvement != null ? t("tile.vsBaseline", { change: formatChangePct(tile.improvement, locale) }) : undefined}>
        <span className={cn("font-semibold", STATUS_CLASSES[tile.status].text)} data-testid="kpi-value">{fmt(tile.value)}</span>
      </td>
      <td className={cn(td, "whitespace-nowrap text-right tabular-nums text-slate-600")}>{fmt(kpi.baselineValue)}</td>
      <td className={cn(td, "whitespace-nowrap text-right tabular-nums text-slate-600")}>{fmt(tile.expected)}</td>
      <td className={cn(td, "w-24 min-w-20")}>
        {tile.spark.length ? (
          <Sparkline
            small
            points={tile.spark}
            target={tile.next?.value ?? kpi.targets.at(-1)?.value ?? null}
            color={STATUS_COLORS[tile.status]}
            label={t("tile.sparkLabel", { name, first: fmt(tile.spark[0].value), last: fmt(tile.spark.at(-1)!.value), n: tile.spark.length })}
          />
        ) : (
          <span className="text-xs text-slate-400">—</span>
        )}
      </td>
      <td className={cn(td, "text-xs text-slate-700")}>
        {tile.next ? (
          <>
            <span className="whitespace-nowrap font-medium tabular-nums">{fmt(tile.next.value)}</span>{" "}
            <span className="whitespace-nowrap text-slate-500">{t("table.daysLeft", { days: tile.next.daysLeft })}</span>
          </>
        ) : kpi.targets.length ? t("tile.allTargetsDue") : t("tile.noTarget")}
      </td>
    </tr>
  );
}
