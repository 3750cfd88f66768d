import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/server/session";
import { kpiHealth } from "../health";
import { formatChangePct, formatKpiValue } from "../logic";
import { pinnedKpis } from "../pin-queries";
import { MAX_PINS } from "../schemas";
import { portalToday } from "../today";
import { STATUS_COLORS, StatusBadge } from "./badges";
import { kpiName } from "./format";
import { Sparkline } from "./sparkline";

/** The KPIs a user pinned, as compact tiles on their home; an empty state says how to pin. */
export async function PinnedKpis({ actor }: { actor: Actor }) {
  const today = portalToday();
  const [t, locale, pins] = await Promise.all([getTranslations("kpi.pins"), getLocale(), pinnedKpis(actor.id, today)]);
  return (
    <Card title={t("title")} actions={<Link href="/kpis" className="text-sm text-blue-700 underline">{t("catalogue")}</Link>}>
      {pins.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600" data-testid="pinned-kpis-empty">
          <p className="font-medium text-slate-800">{t("emptyTitle")}</p>
          <p className="mt-1">{t("emptyHint", { max: MAX_PINS })}</p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="pinned-kpis">
          {pins.map(({ kpi, spark }) => {
            const h = kpiHealth(kpi, kpi.targets, today);
            const change = formatChangePct(h.improvement, locale);
            return (
              <li key={kpi.id} className="rounded-md border border-slate-200 p-3" style={{ borderLeft: `4px solid ${STATUS_COLORS[h.status]}` }} data-testid="pinned-kpi" data-code={kpi.code}>
                <Link href={`/kpis/${kpi.id}`} className="line-clamp-1 text-sm font-medium text-blue-700 hover:underline">{kpiName(kpi, locale)}</Link>
                <div className="mt-1 flex items-end justify-between gap-2">
                  <span className="text-xl font-semibold tabular-nums">{formatKpiValue(kpi.latestValue, kpi.unit, kpi.decimals, locale)}</span>
                  <Sparkline values={spark} color={STATUS_COLORS[h.status] === STATUS_COLORS.NONE ? "#1d4ed8" : STATUS_COLORS[h.status]} />
                </div>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <StatusBadge status={h.status} label={t(`status.${h.status}`)} />
                  {h.improvement != null ? <span title={t("changeHint")}>{t("change", { change })}</span> : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
