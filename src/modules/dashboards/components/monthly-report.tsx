import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatChangePct, formatKpiValue } from "@/modules/kpi/logic";
import type { IssueHealth } from "@/modules/metrics/queries";
import type { MonthlyReport } from "../monthly-queries";
import { formatDay, formatNumber } from "./format";
import { kpiName, StatusBadge } from "./kpi-tile";
import { PlanPanel } from "./plan-panel";

const th = "border-b border-slate-300 px-2 py-1.5 text-left text-xs font-medium text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";

/** The month's KPIs at month end: value, vs last month, baseline, the target path, status and the review's comment. */
async function KpiTable({ report }: { report: MonthlyReport }) {
  const [t, ts, locale] = await Promise.all([getTranslations("dashboards.monthly"), getTranslations("dashboards.status"), getLocale()]);
  if (!report.rows.length) return <p className="text-sm text-slate-500">{t("noKpis")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="monthly-kpis">
        <thead>
          <tr>
            <th scope="col" className={th}>{t("kpi")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("monthEnd")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("previous")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("baseline")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("expected")}</th>
            <th scope="col" className={cn(th, "text-right")}>{t("target")}</th>
            <th scope="col" className={th}>{t("status")}</th>
            <th scope="col" className={th}>{t("comment")}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => {
            const fmt = (v: number | null) => formatKpiValue(v, r.kpi.unit, r.kpi.decimals, locale);
            return (
              <tr key={r.kpi.id} data-testid="monthly-kpi-row" data-kpi={r.kpi.code}>
                <td className={td}><Link href={`/kpis/${r.kpi.id}`} className="text-blue-700 hover:underline">{kpiName(r.kpi, locale)}</Link></td>
                <td className={cn(td, "text-right font-medium tabular-nums")}>
                  {fmt(r.value)}
                  {r.improvement != null ? <div className={cn("text-xs font-normal", r.improvement >= 0 ? "text-green-700" : "text-red-700")}>{t("vsBaseline", { change: formatChangePct(r.improvement, locale) })}</div> : null}
                </td>
                <td className={cn(td, "text-right tabular-nums text-slate-600")}>{fmt(r.previous)}</td>
                <td className={cn(td, "text-right tabular-nums text-slate-600")}>{fmt(r.kpi.baselineValue)}</td>
                <td className={cn(td, "text-right tabular-nums text-slate-600")}>{fmt(r.expected)}</td>
                <td className={cn(td, "text-right tabular-nums text-slate-600")}>
                  {r.target ? <>{fmt(r.target.value)}<div className="text-xs">{formatDay(r.target.dueDate, locale)}</div></> : "—"}
                </td>
                <td className={td}><StatusBadge status={r.status} label={ts(r.status)} /></td>
                <td className={cn(td, "min-w-48 whitespace-pre-line text-slate-700")} data-testid="kpi-comment">{r.comment || "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Issue figures of the month beside the month before. */
async function IssueComparison({ now, before }: { now: IssueHealth; before: IssueHealth }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const rows: { label: string; a: number | null; b: number | null; unit: string; better: "up" | "down"; digits?: number }[] = [
    { label: t("issues.created"), a: now.created, b: before.created, unit: "", better: "down", digits: 0 },
    { label: t("issues.resolved"), a: now.resolved, b: before.resolved, unit: "", better: "up", digits: 0 },
    { label: t("issues.backlogEnd"), a: now.backlogAtEnd, b: before.backlogAtEnd, unit: "", better: "down", digits: 0 },
    { label: t("issues.sla"), a: now.resolutionCompliancePct, b: before.resolutionCompliancePct, unit: "%", better: "up" },
    { label: t("issues.mttr"), a: now.mttrHours, b: before.mttrHours, unit: t("issues.hoursUnit"), better: "down" },
    { label: t("issues.csat"), a: now.csatAvg, b: before.csatAvg, unit: "/5", better: "up", digits: 2 },
  ];
  const show = (v: number | null, unit: string, digits = 1) => (v == null ? "—" : `${formatNumber(v, locale, digits)}${unit === "%" || unit === "/5" ? unit : unit ? ` ${unit}` : ""}`);
  return (
    <table className="w-full border-collapse text-sm" data-testid="monthly-issues">
      <thead>
        <tr>
          <th scope="col" className={th}>{t("monthly.metric")}</th>
          <th scope="col" className={cn(th, "text-right")}>{t("monthly.thisMonth")}</th>
          <th scope="col" className={cn(th, "text-right")}>{t("monthly.lastMonth")}</th>
          <th scope="col" className={cn(th, "text-right")}>{t("monthly.change")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const diff = r.a != null && r.b != null ? r.a - r.b : null;
          const good = diff == null || diff === 0 ? null : (diff > 0) === (r.better === "up");
          return (
            <tr key={r.label}>
              <td className={td}>{r.label}</td>
              <td className={cn(td, "text-right font-medium tabular-nums")}>{show(r.a, r.unit, r.digits)}</td>
              <td className={cn(td, "text-right tabular-nums text-slate-600")}>{show(r.b, r.unit, r.digits)}</td>
              <td className={cn(td, "text-right tabular-nums", good == null ? "text-slate-500" : good ? "text-green-700" : "text-red-700")}>
                {diff == null ? "—" : `${diff > 0 ? "+" : diff < 0 ? "−" : ""}${show(Math.abs(diff), r.unit, r.digits)}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The report as everyone reads and prints it (A4 portrait); the editor's forms live elsewhere on the page. */
export async function MonthlyReportView({ report }: { report: MonthlyReport }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.monthly"), getLocale()]);
  const actions = report.review?.actions ?? [];
  return (
    <div className="space-y-4" data-testid="monthly-report">
      <Card title={t("summaryTitle")}>
        <p className="whitespace-pre-line text-sm text-slate-800" data-testid="review-summary">{report.review?.summary || t("noSummary")}</p>
        {report.review?.updatedBy ? <p className="mt-2 text-xs text-slate-500">{t("lastEdited", { name: report.review.updatedBy.name, date: formatDay(report.review.updatedAt, locale) })}</p> : null}
      </Card>
      <Card title={t("kpisTitle", { date: formatDay(report.asOf, locale) })}>
        <KpiTable report={report} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
        <Card title={t("issuesTitle")}><IssueComparison now={report.issues} before={report.issuesPrev} /></Card>
        <PlanPanel plan={report.plan} showRisks={false} />
      </div>
      <Card title={t("actionsTitle")}>
        {actions.length ? (
          <table className="w-full border-collapse text-sm" data-testid="monthly-actions">
            <thead>
              <tr>
                <th scope="col" className={th}>{t("actionTitle")}</th>
                <th scope="col" className={th}>{t("owner")}</th>
                <th scope="col" className={th}>{t("due")}</th>
                <th scope="col" className={th}>{t("done")}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td className={cn(td, a.done && "text-slate-500 line-through")}>{a.title}</td>
                  <td className={td}>{a.owner?.name ?? "—"}</td>
                  <td className={cn(td, "whitespace-nowrap")}>{a.dueDate ? formatDay(a.dueDate, locale) : "—"}</td>
                  <td className={td}>{a.done ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-500">{t("noActions")}</p>
        )}
      </Card>
    </div>
  );
}
