import { getLocale, getTranslations } from "next-intl/server";
import type { TrendRange } from "../chart-data";
import type { KpiDetail } from "../detail-queries";
import { dayOf, unitLabel } from "../logic";
import { loadTrend } from "../trend-queries";
import { kpiName } from "./format";
import { TrendChart } from "./trend-chart";

/** Loads the chart's data on the server (rollups for long series) and hands it to the client chart. */
export async function KpiTrend({ kpi, range, today }: { kpi: KpiDetail; range: TrendRange; today: string }) {
  const [t, locale, trend] = await Promise.all([getTranslations("kpi"), getLocale(), loadTrend(kpi, range, today)]);
  const label = (zh: string, en: string) => (locale === "en" ? en || zh : zh || en);
  const hasValues = trend.rows.some((r) => r.value != null);
  return (
    <>
      <p className="mb-2 text-xs text-slate-500" data-testid="kpi-trend-grain">{t(`trend.grains.${trend.grain}`, { frequency: t(`frequencies.${kpi.frequency}`) })}</p>
      {hasValues ? null : <p className="mb-2 text-sm text-slate-600">{t("trend.noValues")}</p>}
      <TrendChart
        rows={trend.rows}
        window={trend.window}
        baseline={kpi.baselineValue}
        targets={kpi.targets.filter((x) => dayOf(x.dueDate)! >= trend.window.from).map((x) => ({ day: dayOf(x.dueDate)!, value: x.value, label: label(x.labelZh, x.labelEn) || t("targetUnlabelled") }))}
        goLives={trend.goLives.map((g) => ({ day: g.day, label: t("trend.goLive") }))}
        gates={trend.gates.map((g) => ({ day: g.day, label: t("trend.gateLabel", { code: g.code }), title: `${g.name} (${g.project})` }))}
        unit={kpi.unit}
        decimals={kpi.decimals}
        locale={locale}
        labels={{
          title: t("trend.aria", { name: kpiName(kpi, locale), from: trend.window.from, to: trend.window.to }),
          value: t(`trend.series.${trend.grain === "RAW" ? "value" : "mean"}`),
          expected: t("trend.expected"),
          baseline: t("fields.baselineValue"),
          target: t("trend.target"),
          goLive: t("trend.goLive"),
          gate: t("trend.gate"),
          axisY: unitLabel(kpi.unit, locale) || t("trend.axisValue"),
          date: t("values.period.label"),
        }}
      />
    </>
  );
}
