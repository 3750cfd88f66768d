import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatMonth } from "@/modules/dashboards/components/format";
import { kpiName } from "@/modules/dashboards/components/kpi-tile";
import { MonthlyReportView } from "@/modules/dashboards/components/monthly-report";
import { PrintButton, PrintStyles } from "@/modules/dashboards/components/print";
import { ActionRow, AddActionForm, ReviewForm } from "@/modules/dashboards/components/review-editor";
import { isFutureMonth, monthKey, nextMonth, parseMonth, previousMonth } from "@/modules/dashboards/month";
import { getMonthlyReport } from "@/modules/dashboards/monthly-queries";
import { todayDay } from "@/modules/dashboards/queries";
import { actionStamp } from "@/modules/dashboards/review-stamp";
import { activeUsers } from "@/modules/plan/queries";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  return { title: `${(await getTranslations("dashboards"))("monthly.title")} ${(await params).month}` };
}

/** One month's review (月度回顾): read by every dashboard holder, edited by report.monthly.edit holders. */
export default async function MonthlyReportPage({ params }: { params: Promise<{ month: string }> }) {
  const actor = await requirePagePermission("dashboard.executive");
  const month = parseMonth((await params).month);
  const today = todayDay();
  if (!month || isFutureMonth(month, today)) notFound();
  const editable = can(actor.role, "report.monthly.edit");
  const [report, users, t, locale] = await Promise.all([getMonthlyReport(month, today), editable ? activeUsers() : [], getTranslations("dashboards.monthly"), getLocale()]);
  const next = nextMonth(month);
  const labels = {
    summary: t("summaryTitle"), summaryHint: t("summaryHint"), commentFor: t("commentFor", { name: "{name}" }), save: t("save"), saving: t("saving"),
    actionTitle: t("actionTitle"), owner: t("owner"), due: t("due"), done: t("done"), noOwner: t("noOwner"), add: t("add"),
    update: t("update"), remove: t("remove"), newAction: t("newAction"),
  };
  return (
    <>
      <PrintStyles orientation="portrait" />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <nav className="mb-1 text-sm" data-print="hide"><Link href="/reports/monthly" className="text-blue-700 hover:underline">← {t("back")}</Link></nav>
          <h1 className="text-2xl font-semibold text-slate-900" data-testid="monthly-title">{t("reportTitle", { month: formatMonth(month, locale) })}</h1>
          <p className="mt-1 text-sm text-slate-600">{report.monthOver ? t("monthClosed") : t("monthRunning")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm" data-print="hide">
          <Link href={`/reports/monthly/${monthKey(previousMonth(month))}`} className="text-blue-700 hover:underline">← {t("previousMonth")}</Link>
          {!isFutureMonth(next, today) ? <Link href={`/reports/monthly/${monthKey(next)}`} className="text-blue-700 hover:underline">{t("nextMonth")} →</Link> : null}
          <PrintButton label={t("exportPdf")} testId="monthly-print" />
        </div>
      </div>
      <MonthlyReportView report={report} />
      {editable ? (
        <div className="mt-6 space-y-4" data-print="hide" data-testid="review-editor">
          <Card title={t("editTitle")}>
            <ReviewForm
              month={monthKey(month)}
              version={report.review?.version ?? 0}
              summary={report.review?.summary ?? ""}
              kpis={report.rows.map((r) => ({ id: r.kpi.id, name: kpiName(r.kpi, locale), comment: r.comment }))}
              labels={labels}
            />
          </Card>
          <Card title={t("editActions")}>
            <ul className="mb-3 space-y-2">
              {(report.review?.actions ?? []).map((a) => (
                <ActionRow
                  key={`${a.id}-${actionStamp(a)}`}
                  action={{ id: a.id, title: a.title, ownerId: a.ownerId, dueDate: a.dueDate?.toISOString().slice(0, 10) ?? null, done: a.done, stamp: actionStamp(a) }}
                  users={users}
                  labels={labels}
                />
              ))}
            </ul>
            <AddActionForm month={monthKey(month)} users={users} labels={labels} />
          </Card>
        </div>
      ) : (
        <p className="mt-4 text-xs text-slate-500" data-print="hide">{t("readOnly")}</p>
      )}
    </>
  );
}
