import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { first } from "@/lib/list-params";
import { formatInstant, formatIsoDay } from "@/modules/support/components/format";
import { PrintButton } from "@/modules/support/components/print-button";
import { PrintStyles, ReportView } from "@/modules/support/components/report-view";
import type { DailyReportContent } from "@/modules/support/report-content";
import { getSentReport } from "@/modules/support/report";
import { env } from "@/server/env";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("support.report"))("title") };
}

/** A sent report exactly as it went out: the stored snapshot, never recomputed. */
export default async function SentReportPage({ params, searchParams }: { params: Promise<{ reportId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("support.dashboard");
  const id = z.uuid().safeParse((await params).reportId);
  const report = id.success ? await getSentReport(id.data) : null;
  if (!report) notFound();
  // ?sent=<n>: arrived right after sending; n chat robots got the message.
  const sentParam = first((await searchParams).sent);
  const sent = sentParam === undefined ? null : Math.max(0, Number(sentParam) || 0);
  const [t, locale] = await Promise.all([getTranslations("support.report"), getLocale()]);
  const content = report.content as unknown as DailyReportContent;
  const timeZone = content.timeZone ?? env().PORTAL_TIME_ZONE;
  return (
    <>
      <PrintStyles />
      <PageHeader
        title={`${t("title")} · ${formatIsoDay(content.day, locale)}`}
        description={t("snapshot.meta", { name: report.sentBy.name, at: formatInstant(report.sentAt, locale, timeZone) })}
        actions={
          <div className="flex gap-2" data-print-hide>
            <PrintButton />
            <a href={`/api/support/daily-report/export?report=${report.id}`} className={buttonVariants({ variant: "secondary" })} data-testid="export-snapshot">{t("export")}</a>
          </div>
        }
      />
      {sent !== null ? (
        <div className="mb-4" data-print-hide><Alert tone="success" testId="report-sent">{sent > 0 ? t("snapshot.sentBanner", { webhooks: sent }) : t("sent")}</Alert></div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm" data-print-hide>
        <span className="text-slate-600">{t("snapshot.explain")}</span>
        <Link href={`/support/daily-report?day=${content.day}`} className="text-blue-700 underline">{t("snapshot.live")}</Link>
        <Link href="/support/daily-report" className="text-blue-700 underline">{t("snapshot.back")}</Link>
      </div>
      <ReportView content={content} note={report.note} timeZone={timeZone} snapshot />
    </>
  );
}
