import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { formatChangePct, formatKpiValue } from "@/modules/kpi/logic";
import type { Grouping } from "../filter";
import type { Tile, TileGroup } from "../tiles";
import { BoardEmpty, groupTitles } from "./kpi-board";
import { kpiName, STATUS_CLASSES, StatusBadge, TileSparkline } from "./kpi-tile";

// Denser than the shared table's cells: two dozen rows should fit on about one screen.
const th = "px-2 py-1.5 text-xs text-slate-600";
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
    <div data-testid="kpi-board">
      <Table caption={t("table.caption")}>
        <thead>
          <tr>
            <Th className={th}>{t(`filters.groupings.${grouping}`)}</Th>
            <Th className={th}>KPI</Th>
            <Th className={th}>{t("table.status")}</Th>
            <Th className={cn(th, "text-right")}>{t("table.value")}</Th>
            <Th className={cn(th, "text-right")}>{t("tile.baseline")}</Th>
            <Th className={cn(th, "text-right")}>{t("tile.expected")}</Th>
            <Th className={th}>{t("table.trend")}</Th>
            <Th className={th}>{t("table.next")}</Th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            {g.tiles.map((tile, i) => (
              <KpiRow key={tile.kpi.id} tile={tile} group={i === 0 ? { title: groupTitle(g.key), rows: g.tiles.length } : null} />
            ))}
          </tbody>
        ))}
      </Table>
    </div>
  );
}

async function KpiRow({ tile, group }: { tile: Tile; group: { title: string; rows: number } | null }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const { kpi } = tile;
  const fmt = (v: number | null) => formatKpiValue(v, kpi.unit, kpi.decimals, locale);
  const name = kpiName(kpi, locale);
  return (
    <tr className="border-t border-slate-100 hover:bg-slate-50" data-testid="kpi-tile" data-kpi={kpi.code} data-status={tile.status}>
      {group ? (
        <th scope="rowgroup" rowSpan={group.rows} className="w-20 border-r border-slate-100 px-2 py-0.5 text-left align-top text-xs font-semibold text-slate-700">
          {group.title}
        </th>
      ) : null}
      <Td className={cn(td, "min-w-36 border-l-4", STATUS_CLASSES[tile.status].border)}>
        <Link href={`/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline" data-testid="kpi-tile-link">{name}</Link>
        {tile.timeliness !== "ON_TIME" ? (
          <span className="ml-1.5 whitespace-nowrap rounded bg-red-50 px-1 text-xs font-medium text-red-700" title={t(`tile.${tile.timeliness}`, { n: tile.missingPeriods })} data-testid="kpi-late">
            {t(`table.${tile.timeliness}`)}
            <span className="sr-only">: {t(`tile.${tile.timeliness}`, { n: tile.missingPeriods })}</span>
          </span>
        ) : null}
      </Td>
      <Td className={td}><StatusBadge status={tile.status} label={t(`status.${tile.status}`)} /></Td>
      <Td className={cn(td, "whitespace-nowrap text-right tabular-nums")} title={tile.improvement != null ? t("tile.vsBaseline", { change: formatChangePct(tile.improvement, locale) }) : undefined}>
        <span className={cn("font-semibold", STATUS_CLASSES[tile.status].text)} data-testid="kpi-value">{fmt(tile.value)}</span>
      </Td>
      <Td className={cn(td, "whitespace-nowrap text-right tabular-nums text-slate-600")}>{fmt(kpi.baselineValue)}</Td>
      <Td className={cn(td, "whitespace-nowrap text-right tabular-nums text-slate-600")}>{fmt(tile.expected)}</Td>
      <Td className={cn(td, "w-24 min-w-20")}>
        {tile.spark.length ? <TileSparkline tile={tile} small /> : <span className="text-xs text-slate-400">—</span>}
      </Td>
      <Td className={cn(td, "text-xs text-slate-700")}>
        {tile.next ? (
          <>
            <span className="whitespace-nowrap font-medium tabular-nums">{fmt(tile.next.value)}</span>{" "}
            <span className="whitespace-nowrap text-slate-500">{t("table.daysLeft", { days: tile.next.daysLeft })}</span>
          </>
        ) : kpi.targets.length ? t("tile.allTargetsDue") : t("tile.noTarget")}
      </Td>
    </tr>
  );
}
