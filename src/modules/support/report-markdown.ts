import { issueKey } from "@/modules/issues/constants";
import { ageParts } from "./metrics";
import type { DailyReportContent, ReportIssue } from "./report-content";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** How many issues of a list the chat message names; the portal has the rest. */
export const MARKDOWN_LIST_LIMIT = 15;

// Group-chat robots (WeCom, DingTalk, Feishu, Slack) render only a small Markdown subset: headings,
// bold, lists and links, no tables. So the report is lists of short lines. Text typed by users
// (titles, the note) is stripped of the characters that would start Markdown syntax.
export function plainText(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, " ").replace(/\s+/g, " ").trim();
}

/** `t` is the "support.report" translator; `moduleName` gives a module's localized name. */
export function renderReportMarkdown(
  content: DailyReportContent,
  note: string | null,
  t: Translate,
  moduleName: (m: string) => string,
  link?: string,
): string {
  const { totals } = content;
  const lines: string[] = [`## ${t("title")} · ${content.day}`, ""];
  lines.push(`- ${t("md.created", { n: totals.created })}`);
  lines.push(`- ${t("md.done", { n: totals.done })}`);
  lines.push(`- ${t("md.openEod", { n: totals.openEod, high: totals.openEodHigh })}`);
  lines.push(`- ${t("md.breached", { n: totals.breached })}`);
  lines.push(
    `- ${totals.sameDayRate === null ? t("md.sameDayNone") : t("md.sameDay", { met: totals.sameDayMet, eligible: totals.sameDayEligible, rate: totals.sameDayRate })}`,
  );
  lines.push(`- ${totals.csatAverage === null ? t("md.csatNone") : t("md.csat", { avg: totals.csatAverage, n: totals.csatCount })}`);

  if (content.byModule.length) {
    lines.push("", `### ${t("byModule")}`);
    for (const m of content.byModule) {
      lines.push(`- ${t("md.moduleLine", { module: moduleName(m.module), created: m.created, done: m.done, open: m.openEod, breached: m.breached })}`);
    }
  }
  section(lines, t("md.openList"), content.open, totals.openEod, t, moduleName, (i) => {
    const long = ageParts(i.ageHours);
    return long ? t("md.ageDays", long) : t("md.ageHours", { hours: i.ageHours });
  });
  section(lines, t("md.breachedList"), content.breached, totals.breached, t, moduleName);
  if (note?.trim()) lines.push("", `### ${t("note")}`, plainText(note));
  if (link) lines.push("", `[${t("md.viewInPortal")}](${link})`);
  return lines.join("\n");
}

function section(lines: string[], title: string, issues: ReportIssue[], total: number, t: Translate, moduleName: (m: string) => string, extra?: (i: ReportIssue) => string) {
  if (!issues.length) return;
  lines.push("", `### ${title}`);
  for (const i of issues.slice(0, MARKDOWN_LIST_LIMIT)) {
    const parts = [`**${i.priority}** ${issueKey(i.number)} ${plainText(i.title)}`, moduleName(i.module)];
    if (extra) parts.push(extra(i));
    parts.push(i.assigneeName ? plainText(i.assigneeName) : t("unassigned"));
    lines.push(`- ${parts.join(" · ")}`);
  }
  const shown = Math.min(issues.length, MARKDOWN_LIST_LIMIT);
  if (total > shown) lines.push(`- ${t("md.more", { n: total - shown })}`);
}
