import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { first, parseListParams } from "@/lib/list-params";
import { DayNav } from "@/modules/support/components/day-nav";
import { formatIsoDay } from "@/modules/support/components/format";
import { PrintButton } from "@/modules/support/components/print-button";
import { ReportHistory } from "@/modules/support/components/report-history";
import { PrintStyles, ReportView } from "@/modules/support/components/report-view";
import { SendReportForm } from "@/modules/support/components/send-report-form";
import { isIsoDay } from "@/modules/support/period";
import { supportClock } from "@/modules/support/queries";
import { computeDailyReport, countActiveWebhooks, countSentForDay, listSentReports } from "@/modules/support/report";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("support.report"))("title") };
}

export default async function DailyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("support.dashboard");
  const raw = await searchParams;
  const clock = supportClock();
  const asked = first(raw.day);
  // A future day has no report yet: show today instead.
  const day = isIsoDay(asked) && asked <= clock.today ? asked : clock.today;
  const list = parseListParams(raw, ["sentAt"], "sentAt", "desc");
  const canSend = can(actor.role, "support.report.send");
  const [content, history, sentBefore, webhooks, t, tSupport, locale] = await Promise.all([
    computeDailyReport(day, clock),
    listSentReports({ page: list.page, pageSize: list.pageSize }),
    countSentForDay(day),
    canSend ? countActiveWebhooks() : 0,
    getTranslations("support.report"),
    getTranslations("support"),
    getLocale(),
  ]);
  return (
    <>
      <PrintStyles />
      <PageHeader
        title={`${t("title")} · ${formatIsoDay(day, locale)}`}
        description={t("description")}
        actions={
          <div className="flex gap-2" data-print-hide>
            <PrintButton />
            <a href={`/api/support/daily-report/export?day=${day}`} className={buttonVariants({ variant: "secondary" })} data-testid="export-report">{t("export")}</a>
            <Link href="/support" className={buttonVariants({ variant: "ghost" })}>{tSupport("title")}</Link>
          </div>
        }
      />
      <DayNav day={day} today={clock.today} />
      {day === clock.today ? <div className="mb-4" data-print-hide><Alert tone="info">{t("todayPartial")}</Alert></div> : null}
      <ReportView content={content} timeZone={clock.tz} />
      {canSend ? (
        <div className="mt-6" data-print-hide>
          <Card title={t("send.title")}>
            <SendReportForm key={day} day={day} webhooks={webhooks} sentBefore={sentBefore} />
          </Card>
        </div>
      ) : null}
      <div className="mt-6">
        <ReportHistory data={history} page={list.page} pageSize={list.pageSize} searchParams={raw} timeZone={clock.tz} />
      </div>
    </>
  );
}
