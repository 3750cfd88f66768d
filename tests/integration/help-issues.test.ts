import { beforeEach, describe, expect, it } from "vitest";
import type { IssueStatus } from "@/generated/prisma/enums";
import { createArticle, createArticleFromIssue, linkArticleIssue, unlinkArticleIssue } from "@/modules/help/definitions";
import { faqGuideMarkdown } from "@/modules/help/faq-guide";
import { loadFaqGuide } from "@/modules/help/queries";
import { DEMO_ARTICLES, seedDemoHelp } from "../../prisma/seed/demo-help";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

type U = Awaited<ReturnType<typeof makeUser>>;
let support: U, trainer: U, keyUser: U, policyId: string;

beforeEach(async () => {
  await resetDatabase(); // cascades to issues, comments, events, articles and links
  const it = await makeDepartment("it");
  const warehouse = await makeDepartment("warehouse");
  support = await makeUser("SUPPORT", { departmentId: it.id });
  trainer = await makeUser("TRAINER", { departmentId: it.id });
  keyUser = await makeUser("KEY_USER", { departmentId: warehouse.id });
  policyId = (await db.slaPolicy.upsert({ where: { code: "HELP-TEST" }, update: {}, create: { code: "HELP-TEST", nameZh: "测试", nameEn: "Test", mode: "WALL_CLOCK" } })).id;
});

/** An issue written straight to the table: the help center only reads what the issues module stores. */
async function makeIssue(status: IssueStatus = "RESOLVED", over: { title?: string; module?: "WAREHOUSE" | "FINANCE" } = {}) {
  return db.issue.create({
    data: {
      title: over.title ?? "收货时提示批次号必填",
      description: "# 现象\n收货过账时报错 **批次号必填**，送货单上没有批次号。",
      module: over.module ?? "WAREHOUSE",
      type: "QUESTION", impact: "DEGRADED", urgency: "MEDIUM", priority: "P3", status,
      reporterId: keyUser.id, departmentId: keyUser.departmentId, slaPolicyId: policyId,
    },
  });
}

async function comment(issueId: string, author: U, body: string, internal = false, minutesAgo = 0) {
  await db.issueComment.create({ data: { issueId, authorId: author.id, body, internal, createdAt: new Date(Date.now() - minutesAgo * 60_000) } });
}

describe("article from a resolved issue", () => {
  it("writes a draft from the description and support's latest public answer, never an internal note, linked both ways", async () => {
    const issue = await makeIssue("RESOLVED");
    await comment(issue.id, support, "先试试重新登录。", false, 30);
    await comment(issue.id, support, "按“供应商简称-到货日期”手工编写批次号即可。", false, 20);
    await comment(issue.id, support, "内部：供应商主数据缺批次规则，待数据组修正。", true, 10);
    await comment(issue.id, keyUser, "好的，已解决，谢谢！", false, 5);

    const r = await createArticleFromIssue.execute(actorOf(support), { issueId: issue.id, locale: "zh-CN" }, META);
    expect(r).toMatchObject({ ok: true, data: { created: true }, message: "A draft article was written from this issue. Check it, then publish." });
    const article = await db.helpArticle.findUniqueOrThrow({ where: { id: r.ok ? r.data.id : "" }, include: { issueLinks: true } });
    expect(article).toMatchObject({ title: issue.title, status: "DRAFT", kind: "FAQ", module: "WAREHOUSE", sourceIssueId: issue.id, authorId: support.id });
    expect(article.body).toContain("## 问题描述");
    expect(article.body).toContain("### 现象"); // the description's own heading sits under the section
    expect(article.body).toContain("## 解决方法\n\n按“供应商简称-到货日期”手工编写批次号即可。");
    expect(article.body).toContain(`整理自问题 ISS-${issue.number}`);
    expect(article.body).not.toContain("内部");
    expect(article.body).not.toContain("谢谢");
    expect(article.body).not.toContain("重新登录");
    expect(article.issueLinks.map((l) => l.issueId)).toEqual([issue.id]);
    // …and from the issue's side
    expect(await db.issue.findUniqueOrThrow({ where: { id: issue.id }, include: { articleLinks: true, sourceOfArticles: true } })).toMatchObject({
      articleLinks: [{ articleId: article.id }],
      sourceOfArticles: [{ id: article.id }],
    });
    expect(await db.issueEvent.findMany({ where: { issueId: issue.id }, select: { kind: true, toValue: true, actorId: true } })).toEqual([
      { kind: "ARTICLE_CREATED", toValue: article.id, actorId: support.id },
    ]);
    expect(await db.auditLog.count({ where: { entityType: "HelpArticle", entityId: article.id, action: "createFromIssue" } })).toBe(1);
  });

  it("writes English headings for an English-speaking writer and leaves a prompt when support never answered in public", async () => {
    const issue = await makeIssue("CLOSED");
    await comment(issue.id, support, "internal only", true);
    const r = await createArticleFromIssue.execute(actorOf(support), { issueId: issue.id, locale: "en" }, META);
    const article = await db.helpArticle.findUniqueOrThrow({ where: { id: r.ok ? r.data.id : "" } });
    expect(article.body).toContain("## Problem");
    expect(article.body).toContain("## Solution\n\n(Describe the solution here.)");
    expect(article.body).not.toContain("internal only");
  });

  it.each(["NEW", "IN_PROGRESS", "WAITING_FOR_REPORTER", "REOPENED", "DUPLICATE"] as const)("refuses an issue that is %s and writes nothing", async (status) => {
    const issue = await makeIssue(status);
    const r = await createArticleFromIssue.execute(actorOf(support), { issueId: issue.id }, META);
    expect(r).toMatchObject({ ok: false, error: `Issue ISS-${issue.number} is not resolved yet. Only resolved or closed issues can become help articles.` });
    expect(await db.helpArticle.count()).toBe(0);
    expect(await db.issueEvent.count()).toBe(0);
  });

  it("opens the existing draft on a second click instead of writing the article twice", async () => {
    const issue = await makeIssue();
    const first = await createArticleFromIssue.execute(actorOf(support), { issueId: issue.id }, META);
    const second = await createArticleFromIssue.execute(actorOf(support), { issueId: issue.id }, META);
    expect(second).toMatchObject({ ok: true, data: { id: first.ok ? first.data.id : "", created: false } });
    expect(await db.helpArticle.count()).toBe(1);
  });

  it("does not let a trainer turn an issue they may not see into an article", async () => {
    const issue = await makeIssue();
    const r = await createArticleFromIssue.execute(actorOf(trainer), { issueId: issue.id }, META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { issueId: "That issue does not exist, or you may not see it." } });
    expect(await db.helpArticle.count()).toBe(0);
  });
});

describe("linking articles and issues", () => {
  it("links by the issue number people write, refuses a second link, and unlinks, with events on the issue", async () => {
    const issue = await makeIssue("IN_PROGRESS");
    const a = await createArticle.execute(actorOf(support), { title: "批次号规则", kind: "FAQ", body: "按规则编写。", publish: "true" }, META);
    const articleId = a.ok ? a.data.id : "";
    expect(await linkArticleIssue.execute(actorOf(support), { articleId, issueNumber: `ISS-${issue.number}` }, META)).toMatchObject({ ok: true });
    expect(await linkArticleIssue.execute(actorOf(support), { articleId, issueId: issue.id }, META)).toMatchObject({
      ok: false, fieldErrors: { issueId: `This article is already linked to issue ISS-${issue.number}.` },
    });
    expect(await linkArticleIssue.execute(actorOf(support), { articleId, issueNumber: "99999" }, META)).toMatchObject({
      ok: false, fieldErrors: { issueNumber: "That issue does not exist, or you may not see it." },
    });
    expect(await db.helpArticleIssue.count({ where: { articleId, issueId: issue.id } })).toBe(1);
    expect(await unlinkArticleIssue.execute(actorOf(support), { articleId, issueId: issue.id }, META)).toMatchObject({ ok: true });
    expect(await db.helpArticleIssue.count()).toBe(0);
    expect((await db.issueEvent.findMany({ where: { issueId: issue.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind)).toEqual(["ARTICLE_LINKED", "ARTICLE_UNLINKED"]);
    expect(await unlinkArticleIssue.execute(actorOf(support), { articleId, issueId: issue.id }, META)).toMatchObject({ ok: false });
  });
});

describe("《常见问题指南》", () => {
  async function published(title: string, module: "WAREHOUSE" | "FINANCE" | "", views: number, body = "正文") {
    const r = await createArticle.execute(actorOf(support), { title, kind: "FAQ", module, body, publish: "true" }, META);
    if (!r.ok) throw new Error(r.error);
    await db.helpArticle.update({ where: { id: r.data.id }, data: { viewCount: views } });
    return r.data.id;
  }

  it("ranks published articles by views and by linked issues, grouped by module, and exports the same as Markdown", async () => {
    const trace = await published("批次追溯", "WAREHOUSE", 200, "## 步骤\n1. 输入批次号");
    const receipt = await published("收货批次号必填", "WAREHOUSE", 40);
    const monthEnd = await published("月结清单", "FINANCE", 120);
    await published("密码重置", "", 10);
    const draft = await createArticle.execute(actorOf(support), { title: "草稿不进指南", kind: "FAQ", body: "x" }, META);
    for (const title of ["问题一", "问题二"]) {
      const issue = await makeIssue("RESOLVED", { title });
      await db.helpArticleIssue.create({ data: { articleId: receipt, issueId: issue.id } });
    }
    const finIssue = await makeIssue("RESOLVED", { title: "问题三", module: "FINANCE" });
    await db.helpArticleIssue.create({ data: { articleId: monthEnd, issueId: finIssue.id } });

    const guide = await loadFaqGuide(10);
    expect(guide.mostViewed.map((a) => [a.title, a.viewCount])).toEqual([["批次追溯", 200], ["月结清单", 120], ["收货批次号必填", 40], ["密码重置", 10]]);
    expect(guide.mostLinked.map((a) => [a.title, a.linkCount])).toEqual([["收货批次号必填", 2], ["月结清单", 1]]);
    expect(guide.sections.map((s) => [s.module, s.articles.map((a) => a.id)])).toEqual([
      ["WAREHOUSE", [trace, receipt]],
      ["FINANCE", [monthEnd]],
      [null, [expect.any(String)]],
    ]);
    expect(JSON.stringify(guide)).not.toContain(draft.ok ? draft.data.id : "none");
    expect((await loadFaqGuide(1)).mostViewed).toHaveLength(1);

    const md = faqGuideMarkdown(guide, {
      title: "《常见问题指南》", generatedAt: "生成时间：2026-11-22", mostViewed: "浏览最多", mostLinked: "解答问题最多", rank: "排名",
      article: "文章", module: "模块", views: "浏览", linkedIssues: "关联问题", video: "视频", empty: "暂无",
      moduleName: (m) => ({ WAREHOUSE: "仓储", FINANCE: "财务" })[m as string] ?? "通用",
    });
    expect(md).toContain("| 1 | 批次追溯 | 仓储 | 200 | 0 |");
    expect(md).toContain("| 1 | 收货批次号必填 | 仓储 | 40 | 2 |");
    expect(md.indexOf("## 仓储")).toBeLessThan(md.indexOf("## 财务"));
    expect(md.indexOf("## 财务")).toBeLessThan(md.indexOf("## 通用"));
    expect(md).toContain("### 批次追溯");
    expect(md).toContain("##### 步骤"); // the article's own headings sit below its title
  });

  it("says so when nothing is published yet", async () => {
    const guide = await loadFaqGuide(10);
    expect(guide.sections).toEqual([]);
    expect(faqGuideMarkdown(guide, { title: "T", generatedAt: "g", mostViewed: "", mostLinked: "", rank: "", article: "", module: "", views: "", linkedIssues: "", video: "", empty: "Nothing yet", moduleName: () => "" }))
      .toBe("# T\n\n> g\n\nNothing yet\n");
  });
});

describe("demo help center seed", () => {
  it("creates the demo articles once, links them to resolved demo issues of their module, and changes nothing on a rerun", async () => {
    const resolved = await makeIssue("RESOLVED");
    await makeIssue("NEW");
    const created = await seedDemoHelp(db, support.id);
    expect(created).toBe(DEMO_ARTICLES.length);
    const counts = await db.helpArticle.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count._all]))).toEqual({ PUBLISHED: DEMO_ARTICLES.length - 1, DRAFT: 1 });
    const links = await db.helpArticleIssue.findMany({ include: { article: { select: { module: true } } } });
    expect(links).toEqual([expect.objectContaining({ issueId: resolved.id, article: { module: "WAREHOUSE" } })]);
    expect(await seedDemoHelp(db, support.id)).toBe(0);
    expect(await db.helpArticle.count()).toBe(DEMO_ARTICLES.length);
    expect(await db.helpArticleIssue.count()).toBe(1);
  });
});
