import { describe, expect, it } from "vitest";
import { translator } from "@/i18n/messages";
import type { DailyReportContent, ReportIssue } from "@/modules/support/report-content";
import { MARKDOWN_LIST_LIMIT, plainText, renderReportMarkdown } from "@/modules/support/report-markdown";

const issue = (n: number, over: Partial<ReportIssue> = {}): ReportIssue => ({
  id: `id-${n}`, number: n, title: `问题 ${n}`, module: "FINANCE", priority: "P3", status: "IN_PROGRESS",
  assigneeName: "陈静", createdAt: "2026-11-16T01:00:00.000Z", ageHours: 5, ...over,
});

function content(over: Partial<DailyReportContent> = {}): DailyReportContent {
  return {
    version: 1, day: "2026-11-16", timeZone: "Asia/Shanghai", generatedAt: "2026-11-16T10:00:00.000Z",
    totals: { created: 4, done: 2, openEod: 5, openEodHigh: 1, breached: 1, sameDayEligible: 4, sameDayMet: 3, sameDayRate: 75, csatAverage: 4.5, csatCount: 2 },
    byModule: [{ module: "FINANCE", created: 1, done: 1, openEod: 1, openEodHigh: 1, breached: 0 }],
    created: [], done: [], open: [issue(7, { priority: "P1", title: "凭证 *过账* 报错 [紧急]", ageHours: 30 }), issue(8, { ageHours: 578 })],
    breached: [{ ...issue(9, { assigneeName: null }), firstResponse: true, resolution: false }], csat: [], truncated: false, ...over,
  };
}

function render(locale: "zh-CN" | "en", c: DailyReportContent, note: string | null) {
  const t = translator(locale) as unknown as (k: string, p?: Record<string, string | number>) => string;
  return renderReportMarkdown(c, note, (k, p) => t(`support.report.${k}`, p), (m) => m.toLowerCase());
}

describe("daily report as chat Markdown", () => {
  it("gives the day's figures, modules, open and breached issues and the note, in lists (robots render no tables)", () => {
    const md = render("zh-CN", content(), "明早 9 点复盘月结问题");
    expect(md.split("\n")[0]).toBe("## 每日系统运行监控报告 · 2026-11-16");
    expect(md).toContain("- 当日新增：4");
    expect(md).toContain("- 日终未关闭：5（P1/P2：1）");
    expect(md).toContain("4 个截止前提交的问题中 3 个当日响应（75%）");
    expect(md).toContain("- finance：新增 1，解决 1，未关闭 1，超时 0");
    expect(md).toContain("- **P1** ISS-7 凭证 过账 报错 紧急 · finance · 已等待 30 小时 · 陈静");
    expect(md).toContain("- **P3** ISS-8 问题 8 · finance · 已等待 24 天 2 小时 · 陈静"); // long waits in days
    expect(md).toContain("- **P3** ISS-9 问题 9 · finance · 未分派");
    expect(md).toContain("### 备注\n明早 9 点复盘月结问题");
    expect(md).not.toContain("|");
  });

  it("says when nothing was filed before the cut-off or rated, and leaves out empty sections", () => {
    const md = render("en", content({ totals: { ...content().totals, sameDayEligible: 0, sameDayMet: 0, sameDayRate: null, csatAverage: null, csatCount: 0 }, open: [], breached: [], byModule: [] }), null);
    expect(md).toContain("No issue overnight: nothing filed before the cut-off");
    expect(md).toContain("Satisfaction: no ratings");
    expect(md).not.toContain("###");
  });

  it("names at most a screenful of issues and points to the portal for the rest", () => {
    const many = Array.from({ length: 40 }, (_, i) => issue(100 + i));
    const md = render("en", content({ open: many, totals: { ...content().totals, openEod: 52 } }), null);
    expect(md.match(/ISS-1\d\d/g)).toHaveLength(MARKDOWN_LIST_LIMIT);
    expect(md).toContain(`- ${52 - MARKDOWN_LIST_LIMIT} more in the portal`);
  });

  it("strips Markdown syntax out of user-typed text", () => {
    expect(plainText("  **粗体** [链接](javascript:x) <b>|表格|  \n 换行 ")).toBe("粗体 链接 (javascript:x) b 表格 换行");
  });
});
