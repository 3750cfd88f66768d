import { getLocale, getTranslations } from "next-intl/server";
import type { KpiDetail } from "../detail-queries";
import type { KpiHealth } from "../health";
import { dayOf, formatChangePct, formatKpiValue } from "../logic";
import { StatusBadge, TimelinessBadge } from "./badges";
import { formatDay, formatPeriod } from "./format";

/** The strip at the top of a KPI's page: where it stands now and what comes next. */
export async function KpiSummary({ kpi, health }: { kpi: KpiDetail; health: KpiHealth }) {
  const [t, locale] = await Promise.all([getTranslations("kpi"), getLocale()]);
  const v = (x: number | null | undefined) => formatKpiValue(x, kpi.unit, kpi.decimals, locale);
  const latest = dayOf(kpi.latestPeriodStart);
  const tile = "rounded-lg border border-slate-200 bg-white p-3 shadow-sm";
  return (
    <dl className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="kpi-summary">
      <div className={tile}>
        <dt className="text-xs text-slate-500">{t("fields.latestValue")}</dt>
        <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid="kpi-latest">{v(kpi.latestValue)}</dd>
        <dd className="text-xs text-slate-500">{latest ? formatPeriod(latest, kpi.frequency, locale) : t("noValues")}</dd>
      </div>
      <div className={tile}>
        <dt className="text-xs text-slate-500">{t("fields.status")}</dt>
        <dd className="mt-2 flex flex-wrap gap-1">
          <StatusBadge status={health.status} label={t(`statuses.${health.status}`)} />
          {health.timeliness ? (
            <TimelinessBadge state={health.timeliness.state} label={t(`timeliness.${health.timeliness.state}`, { count: health.timeliness.missingPeriods })} />
          ) : null}
        </dd>
        <dd className="mt-1 text-xs text-slate-500">{t("expectedAt", { value: v(health.expected) })}</dd>
      </div>
      <div className={tile}>
        <dt className="text-xs text-slate-500">{t("fields.baselineValue")}</dt>
        <dd className="mt-1 text-2xl font-semibold tabular-nums">{v(kpi.baselineValue)}</dd>
        <dd className="text-xs text-slate-500">{kpi.baselineDate ? formatDay(kpi.baselineDate, locale) : "—"}</dd>
      </div>
      <div className={tile}>
        <dt className="text-xs text-slate-500">{t("changeVsBaseline")}</dt>
        <dd className={`mt-1 text-2xl font-semibold tabular-nums ${health.improvement == null ? "" : health.improvement >= 0 ? "text-green-700" : "text-red-700"}`}>
          {formatChangePct(health.improvement, locale)}
        </dd>
        <dd className="text-xs text-slate-500">{t("changeHint")}</dd>
      </div>
      <div className={tile}>
        <dt className="text-xs text-slate-500">{t("fields.nextTarget")}</dt>
        <dd className="mt-1 text-2xl font-semibold tabular-nums">{health.next ? v(health.next.value) : "—"}</dd>
        <dd className="text-xs text-slate-500">
          {health.next ? `${formatDay(health.next.dueDate, locale)} · ${t("daysLeft", { count: health.next.daysLeft })}` : t("noNextTarget")}
        </dd>
      </div>
    </dl>
  );
}
