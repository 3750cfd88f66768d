import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { formatChangePct, formatKpiValue, type KpiStatus } from "@/modules/kpi/logic";
import { kpiName } from "@/modules/kpi/components/format";
import type { Tile } from "../tiles";
import { Sparkline, STATUS_COLORS } from "./charts";

export const STATUS_CLASSES: Record<KpiStatus, { border: string; badge: string; text: string }> = {
  GREEN: { border: "border-l-green-600", badge: "bg-green-100 text-green-800", text: "text-green-800" },
  AMBER: { border: "border-l-amber-500", badge: "bg-amber-100 text-amber-900", text: "text-amber-900" },
  RED: { border: "border-l-red-600", badge: "bg-red-100 text-red-800", text: "text-red-800" },
  NONE: { border: "border-l-slate-300", badge: "bg-slate-100 text-slate-700", text: "text-slate-700" },
};

export { kpiName };

export function StatusBadge({ status, label }: { status: KpiStatus; label: string }) {
  return <span className={cn("inline-block shrink-0 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium", STATUS_CLASSES[status].badge)} data-status={status}>{label}</span>;
}

/** A KPI's sparkline on the board: its dashed line at the next target (else the last), labelled with the first and last value. */
export async function TileSparkline({ tile, small = false }: { tile: Tile; small?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const { kpi, spark } = tile;
  const fmt = (v: number) => formatKpiValue(v, kpi.unit, kpi.decimals, locale);
  return (
    <Sparkline
      small={small}
      points={spark}
      target={tile.next?.value ?? kpi.targets.at(-1)?.value ?? null}
      color={STATUS_COLORS[tile.status]}
      label={t("tile.sparkLabel", { name: kpiName(kpi, locale), first: fmt(spark[0].value), last: fmt(spark.at(-1)!.value), n: spark.length })}
    />
  );
}

/** One KPI on the board: value vs baseline and the target path, status colour, sparkline, next target, timeliness. */
export async function KpiTile({ tile, compact = false, fixedWidth = false }: { tile: Tile; compact?: boolean; fixedWidth?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const { kpi } = tile;
  const fmt = (v: number | null) => formatKpiValue(v, kpi.unit, kpi.decimals, locale);
  const name = kpiName(kpi, locale);
  return (
    <li
      className={cn("flex w-full min-w-0 flex-col rounded-lg border border-l-4 border-slate-200 bg-white p-3 shadow-sm", fixedWidth && "sm:w-56 print:w-48", STATUS_CLASSES[tile.status].border)}
      data-testid="kpi-tile"
      data-kpi={kpi.code}
      data-status={tile.status}
    >
      <div className="flex items-start justify-between gap-2">
        <Link href={`/kpis/${kpi.id}`} className="min-w-0 text-sm font-medium text-slate-900 hover:underline" data-testid="kpi-tile-link">
          {name}
        </Link>
        <StatusBadge status={tile.status} label={t(`status.${tile.status}`)} />
      </div>
      <div className="mt-1 flex flex-wrap items-baseline gap-x-2">
        <span className={cn("text-2xl font-semibold tabular-nums", STATUS_CLASSES[tile.status].text)} data-testid="kpi-value">{fmt(tile.value)}</span>
        {tile.improvement != null ? (
          <span className={cn("text-xs tabular-nums", tile.improvement >= 0 ? "text-green-700" : "text-red-700")} title={t("tile.improvementHint")}>
            {t("tile.vsBaseline", { change: formatChangePct(tile.improvement, locale) })}
          </span>
        ) : null}
      </div>
      <dl className="mt-1 grid grid-cols-2 gap-x-2 text-xs text-slate-600">
        <dt>{t("tile.baseline")}</dt>
        <dd className="text-right tabular-nums">{fmt(kpi.baselineValue)}</dd>
        <dt>{t("tile.expected")}</dt>
        <dd className="text-right tabular-nums">{fmt(tile.expected)}</dd>
      </dl>
      {!compact ? (
        tile.spark.length ? (
          <TileSparkline tile={tile} />
        ) : (
          <p className="my-2 text-xs text-slate-500">{t("tile.noHistory")}</p>
        )
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        {tile.next
          ? t("tile.nextTarget", { value: fmt(tile.next.value), days: tile.next.daysLeft })
          : kpi.targets.length
            ? t("tile.allTargetsDue")
            : t("tile.noTarget")}
      </p>
      {tile.timeliness !== "ON_TIME" ? (
        <p className="mt-1 text-xs font-medium text-red-700" data-testid="kpi-late">
          {t(`tile.${tile.timeliness}`, { n: tile.missingPeriods })}
        </p>
      ) : null}
    </li>
  );
}
