import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { formatInstant } from "@/modules/support/components/format";
import { reportSheets } from "@/modules/support/export";
import { isIsoDay } from "@/modules/support/period";
import { supportClock } from "@/modules/support/queries";
import { computeDailyReport, getSentReport } from "@/modules/support/report";
import type { DailyReportContent } from "@/modules/support/report-content";
import { workbookResponse } from "@/modules/support/workbook";
import { requireApiPermission } from "@/server/api";

/** The daily report as .xlsx: ?day= for the live figures, ?report=<id> for a sent snapshot. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("support.dashboard");
  if ("response" in guard) return guard.response;
  const params = new URL(request.url).searchParams;
  const clock = supportClock();
  let content: DailyReportContent;
  let note: string | null = null;
  let snapshot = false;
  if (params.has("report")) {
    const id = z.uuid().safeParse(params.get("report"));
    const report = id.success ? await getSentReport(id.data) : null;
    if (!report) return Response.json({ error: "not found" }, { status: 404 });
    content = report.content as unknown as DailyReportContent;
    note = report.note;
    snapshot = true;
  } else {
    const asked = params.get("day");
    const day = isIsoDay(asked) && asked <= clock.today ? asked : clock.today;
    content = await computeDailyReport(day, clock);
  }
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const tr = t as unknown as (key: string, p?: Record<string, string | number>) => string;
  const timeZone = content.timeZone ?? clock.tz;
  return workbookResponse(`${t("support.report.title")}-${content.day}.xlsx`, reportSheets(content, note, tr, (iso) => formatInstant(iso, locale, timeZone), snapshot));
}
