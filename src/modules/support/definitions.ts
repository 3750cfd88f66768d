import "server-only";
import { DEFAULT_LOCALE } from "@/i18n/config";
import { translator } from "@/i18n/messages";
import type { NotificationKind } from "@/modules/notifications/kinds";
import { broadcast, notify } from "@/modules/notifications/service";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { supportClock } from "./queries";
import { computeDailyReport } from "./report";
import { renderReportMarkdown } from "./report-markdown";
import { ZSendDailyReport } from "./schemas";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Sent reports notify these roles in the portal (the chat groups get the whole report). */
const REPORT_READERS = ["EXECUTIVE", "PROJECT_MANAGER"] as const;
// Its texts live in the notifications catalogue (notifications.kinds.support.dailyReport).
const DAILY_REPORT_KIND: NotificationKind = "support.dailyReport";

/**
 * Sends the 每日系统运行监控报告 for one day: stores the numbers as they are now (a snapshot that
 * never changes afterwards), posts the Markdown to every team-chat webhook and notifies executives and
 * project managers. Sending a day again is allowed (a correction, or after a late fix): it makes a new
 * snapshot and a new message.
 */
export const sendDailyReport = defineAction({
  name: "support.sendDailyReport",
  permission: "support.report.send",
  input: ZSendDailyReport,
  successMessage: "support.report.sent",
  revalidate: ["/support/daily-report"],
  async handler(input, { tx, actor, audit }) {
    const clock = supportClock();
    if (input.day > clock.today) throw new ActionError("support.errors.futureDay", {}, "day");
    const content = await computeDailyReport(input.day, clock, tx);
    const report = await tx.dailyReport.create({
      data: { day: new Date(`${input.day}T00:00:00.000Z`), content: content as object, note: input.note, sentById: actor.id },
      select: { id: true },
    });
    const dedupeKey = `daily-report:${input.day}:${report.id}`;
    // The chat groups read the company's language, whoever presses "send".
    const t = translator(DEFAULT_LOCALE) as unknown as Translate;
    const markdown = renderReportMarkdown(content, input.note, (k, p) => t(`support.report.${k}`, p), (m) => t(`issues.module.${m}`));
    const webhooks = await broadcast(tx, { subject: `${t("support.report.title")} ${input.day}`, markdown, dedupeKey });
    const readers = await tx.user.findMany({ where: { active: true, role: { in: [...REPORT_READERS] } }, select: { id: true } });
    await notify(tx, {
      userIds: readers.map((u) => u.id),
      kind: DAILY_REPORT_KIND,
      params: { day: input.day },
      link: `/support/daily-report/${report.id}`,
      dedupeKey,
    });
    await audit({
      action: "send",
      entityType: "DailyReport",
      entityId: report.id,
      after: { day: input.day, note: input.note, webhooks, readers: readers.length, totals: content.totals },
    });
    return { id: report.id, webhooks, readers: readers.length };
  },
});
