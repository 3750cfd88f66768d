import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { SLA_TARGET_PERCENT } from "@/modules/support/metrics";
import type { IssueHealth, IssueTrendPoint } from "@/modules/metrics/queries";
import { IssueTrendChart } from "./charts";
import { formatNumber, periodLabel } from "./format";

export function Figure({ label, value, detail, tone, testId }: { label: string; value: ReactNode; detail?: ReactNode; tone?: "good" | "bad" | "warn"; testId: string }) {
  const color = tone === "bad" ? "text-red-700" : tone === "warn" ? "text-amber-700" : tone === "good" ? "text-green-700" : "text-slate-900";
  return (
    <div className="min-w-0 rounded-md border border-slate-200 p-2.5" data-testid={testId}>
      <div className="text-xs text-slate-500">{label}</div>
      <div className={cn("mt-0.5 text-xl font-semibold tabular-nums", color)}>{value}</div>
      {detail ? <div className="mt-0.5 text-xs text-slate-600">{detail}</div> : null}
    </div>
  );
}

/** Backlog, SLA compliance, MTTR and CSAT as four figures (the same on the board and on role homes). */
export async function IssueFigures({ health, narrow = false }: { health: IssueHealth; narrow?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.issues"), getLocale()]);
  const sla = health.resolutionCompliancePct;
  return (
    <div className={cn("grid grid-cols-2 gap-2", !narrow && "sm:grid-cols-4")}>
      <Figure testId="issue-backlog" label={t("backlog")} value={formatNumber(health.backlogAtEnd, locale, 0)} detail={t("flow", { created: health.created, resolved: health.resolved })} />
      <Figure
        testId="issue-sla"
        label={t("sla")}
        value={sla == null ? "—" : `${formatNumber(sla, locale)}%`}
        tone={sla == null ? undefined : sla >= SLA_TARGET_PERCENT ? "good" : "bad"}
        detail={t("slaDetail", { met: health.resolved - health.resolutionBreached, total: health.resolved, target: SLA_TARGET_PERCENT })}
      />
      <Figure testId="issue-mttr" label={t("mttr")} value={health.mttrHours == null ? "—" : t("hours", { n: formatNumber(health.mttrHours, locale) })} detail={t("mttrDetail", { n: health.resolved })} />
      <Figure
        testId="issue-csat"
        label={t("csat")}
        value={health.csatAvg == null ? "—" : t("csatValue", { n: formatNumber(health.csatAvg, locale, 2) })}
        detail={health.csatSatisfiedPct == null ? t("noRatings") : t("csatDetail", { pct: formatNumber(health.csatSatisfiedPct, locale), n: health.csatCount })}
      />
    </div>
  );
}

/** The board's issue-health panel: the period's figures and a small trend of flow, backlog and SLA. */
export async function IssueHealthPanel({ health, trend, grain, supportHref, narrow = false }: { health: IssueHealth; trend: IssueTrendPoint[]; grain: "DAY" | "WEEK" | "MONTH"; supportHref?: string; narrow?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.issues"), getLocale()]);
  const quiet = trend.every((p) => p.created === 0 && p.resolved === 0 && p.backlogAtEnd === 0);
  return (
    <Card title={t("title")} actions={supportHref ? <Link href={supportHref} className="text-sm text-blue-700 underline" data-print="hide">{t("open")}</Link> : undefined}>
      <div data-testid="issue-health">
        <IssueFigures health={health} narrow={narrow} />
        <div className="mt-3">
          {quiet ? (
            <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500" data-testid="issue-trend-empty">{t("trendEmpty")}</p>
          ) : (
            <IssueTrendChart
              data={trend.map((p) => ({ label: periodLabel(p.periodStart, grain, locale), created: p.created, resolved: p.resolved, backlog: p.backlogAtEnd, sla: p.resolutionCompliancePct }))}
              slaTarget={SLA_TARGET_PERCENT}
              labels={{
                created: t("created"), resolved: t("resolved"), backlog: t("backlogLine"), sla: t("slaLine"),
                issues: t("axisIssues"), target: t("slaTarget", { n: SLA_TARGET_PERCENT }), chart: t("trendLabel", { grain: t(`grains.${grain}`) }),
              }}
            />
          )}
          <p className="mt-1 text-xs text-slate-500">{t("trendNote", { grain: t(`grains.${grain}`) })}</p>
        </div>
      </div>
    </Card>
  );
}
