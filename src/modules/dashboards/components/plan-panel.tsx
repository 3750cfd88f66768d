import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { PlanSummary } from "../plan-summary";
import { formatDay } from "./format";

const RISK_TONE = { BLOCKED: "bg-red-100 text-red-800", OVERDUE: "bg-red-50 text-red-700", GATE: "bg-amber-100 text-amber-900", WAITING: "bg-slate-100 text-slate-700" } as const;

/** The rollout at a glance: phase, progress vs time, go-live readiness, next milestone, and the top risks. */
export async function PlanPanel({ plan, showRisks = true, maxRisks }: { plan: PlanSummary | null; showRisks?: boolean; maxRisks?: number }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.plan"), getLocale()]);
  if (!plan) {
    return (
      <Card title={t("title")}>
        <p className="text-sm text-slate-500" data-testid="plan-empty">{t("empty")}</p>
      </Card>
    );
  }
  const behind = plan.progress < plan.expected - 5;
  const risks = maxRisks ? plan.risks.slice(0, maxRisks) : plan.risks;
  const base = `/plan/${plan.projectId}`;
  return (
    <Card title={t("title")} actions={<Link href={base} className="text-sm text-blue-700 underline" data-print="hide">{plan.projectName}</Link>}>
      <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="plan-panel">
        <div className="col-span-2">
          <dt className="text-xs text-slate-500">{t("phase")}</dt>
          <dd className="font-medium" data-testid="plan-phase">{plan.phaseName ?? "—"}{plan.periodLabel ? <span className="ml-1 font-normal text-slate-600">· {plan.periodLabel}</span> : null}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("progress")}</dt>
          <dd className={cn("text-xl font-semibold tabular-nums", behind ? "text-red-700" : "text-slate-900")}>{plan.progress}%</dd>
          <dd className="text-xs text-slate-600">{t("expected", { n: plan.expected })}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("readiness")}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="plan-readiness">
            <Link href={`${base}/readiness`} className="hover:underline">{plan.readiness.score}%</Link>
          </dd>
          <dd className="text-xs text-slate-600">{t("readinessDetail", { closed: plan.readiness.closed, total: plan.readiness.total, blocking: plan.readiness.openBlocking })}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("goLive")}</dt>
          <dd>{plan.actualGoLive ? t("wentLive", { date: formatDay(plan.actualGoLive, locale) }) : t("plannedGoLive", { date: formatDay(plan.plannedGoLive, locale) })}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("nextMilestone")}</dt>
          <dd>{plan.nextMilestone ? `${plan.nextMilestone.name} · ${formatDay(plan.nextMilestone.date, locale)}` : t("none")}</dd>
        </div>
      </dl>
      {showRisks ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-800">{t("risks")}</h3>
          {risks.length ? (
            <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="plan-risks">
              {risks.map((r) => (
                <li key={`${r.kind}-${r.id}`} className="flex items-start gap-2 py-1.5">
                  <span className={cn("mt-0.5 shrink-0 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium", RISK_TONE[r.kind])}>{t(`riskKinds.${r.kind}`)}</span>
                  <div className="min-w-0 flex-1">
                    <Link href={r.href} className="line-clamp-2 text-blue-700 hover:underline">{r.title}</Link>
                    <div className="text-xs text-slate-500">
                      {r.kind === "OVERDUE" ? t("daysLate", { n: r.days ?? 0 }) : r.kind === "WAITING" ? t("daysWaiting", { n: r.days ?? 0 }) : (r.detail ?? "")}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-green-700" data-testid="plan-no-risks">{t("noRisks")}</p>
          )}
        </div>
      ) : null}
    </Card>
  );
}
