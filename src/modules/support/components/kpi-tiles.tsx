import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { meetsTarget, SLA_TARGET_PERCENT } from "../metrics";
import { addDays, type DashboardFilter } from "../period";
import type { Kpis } from "../queries";
import { issuesHref } from "./issue-links";
import { formatIsoDay, formatNumber } from "./format";

function Tile({ label, value, detail, href, tone, testId }: { label: string; value: ReactNode; detail?: ReactNode; href?: string; tone?: "bad" | "good" | "warn"; testId: string }) {
  const color = tone === "bad" ? "text-red-700" : tone === "warn" ? "text-amber-700" : tone === "good" ? "text-green-700" : "text-slate-900";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={testId}>
      <div className="text-xs text-slate-500">{label}</div>
      <div className={cn("mt-1 text-2xl font-semibold tabular-nums", color)}>
        {href ? <Link href={href} className="hover:underline">{value}</Link> : value}
      </div>
      {detail ? <div className="mt-1 text-xs text-slate-600">{detail}</div> : null}
    </div>
  );
}

/** The figures a PM reads first: what is open, what is late, and how the last four weeks went. */
export async function KpiTiles({ kpis, filter, today }: { kpis: Kpis; filter: DashboardFilter; today: string }) {
  const [t, locale] = await Promise.all([getTranslations("support.kpi"), getLocale()]);
  const rate = (value: number | null) => (value === null ? t("none") : `${formatNumber(value, locale)}%`);
  const rateTone = (value: number | null) => (meetsTarget(value) === null ? undefined : meetsTarget(value) ? "good" : "bad");
  const scope = { module: filter.module, department: filter.departmentId };
  return (
    <section aria-label={t("label")} className="mb-6">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Tile testId="kpi-open" label={t("open")} value={kpis.open} detail={t("openHint")} href={issuesHref({ ...scope, status: "open" })} />
        <Tile testId="kpi-open-high" label={t("openHigh")} value={kpis.openHigh} tone={kpis.openHigh ? "warn" : undefined} href={issuesHref({ ...scope, status: "open", sort: "priority" })} />
        <Tile
          testId="kpi-risk"
          label={t("risk")}
          value={kpis.openBreached + kpis.openAtRisk}
          tone={kpis.openBreached ? "bad" : kpis.openAtRisk ? "warn" : "good"}
          detail={`${t("breached", { n: kpis.openBreached })} · ${t("atRisk", { n: kpis.openAtRisk })}`}
          href={issuesHref({ ...scope, view: "breaching" })}
        />
        <Tile
          testId="kpi-overnight"
          label={t("overnight")}
          value={kpis.overnightOpen}
          tone={kpis.overnightOpen ? "warn" : "good"}
          detail={t("overnightDetail", { n: kpis.overnightUnanswered })}
          href={issuesHref({ ...scope, status: "open", to: addDays(today, -1) })}
        />
        <Tile testId="kpi-fr" label={t("frRate")} value={rate(kpis.frRate)} tone={rateTone(kpis.frRate)} detail={t("rateDetail", { met: kpis.frMet, decided: kpis.frMet + kpis.frBreached, target: SLA_TARGET_PERCENT })} />
        <Tile testId="kpi-res" label={t("resRate")} value={rate(kpis.resRate)} tone={rateTone(kpis.resRate)} detail={t("rateDetail", { met: kpis.resMet, decided: kpis.resMet + kpis.resBreached, target: SLA_TARGET_PERCENT })} />
        <Tile testId="kpi-mttr" label={t("mttr")} value={kpis.mttrHours === null ? t("none") : t("hours", { h: formatNumber(kpis.mttrHours, locale) })} detail={t("mttrDetail", { n: kpis.resolvedCount })} />
        <Tile testId="kpi-csat" label={t("csat")} value={kpis.csatAvg === null ? t("none") : t("csatValue", { avg: formatNumber(kpis.csatAvg, locale, 2) })} detail={t("csatDetail", { n: kpis.csatCount })} />
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("window", { from: formatIsoDay(kpis.window.from, locale), to: formatIsoDay(kpis.window.to, locale) })}</p>
    </section>
  );
}
