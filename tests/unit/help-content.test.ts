import { describe, expect, it } from "vitest";
import { findUnsafeMarkdown } from "@/lib/markdown";
import { buildFaqGuide, demoteHeadings, parseGuideTop, type GuideArticle } from "@/modules/help/faq-guide";
import { articleBodyFromIssue } from "@/modules/help/from-issue";
import { ZLinkIssue, ZSuggestQuery } from "@/modules/help/schemas";
import { DEMO_ARTICLES } from "../../prisma/seed/demo-help";

const article = (id: string, module: GuideArticle["module"], viewCount: number, linkCount: number): GuideArticle => ({
  id, title: id, body: "", kind: "FAQ", module, videoUrl: null, viewCount, linkCount,
});

describe("demoteHeadings", () => {
  it("moves ATX headings down, caps at level 6 and leaves code fences and non-headings alone", () => {
    const src = "# 一\n## 二\n#不是标题\n```\n# 代码里的注释\n```\n~~~md\n## x\n~~~\n###### 六";
    expect(demoteHeadings(src, 2)).toBe("### 一\n#### 二\n#不是标题\n```\n# 代码里的注释\n```\n~~~md\n## x\n~~~\n###### 六");
  });
});

describe("buildFaqGuide", () => {
  it("groups both rankings' articles by module in the usual order, general last, most viewed first", () => {
    const guide = buildFaqGuide(
      [article("a", "FINANCE", 90, 0), article("b", "SALES", 50, 1), article("c", null, 40, 0), article("d", "FINANCE", 10, 0)],
      [article("e", "FINANCE", 5, 4), article("b", "SALES", 50, 1), article("f", "SALES", 1, 0)],
    );
    expect(guide.mostLinked.map((a) => a.id)).toEqual(["e", "b"]); // never linked = not "most linked"
    expect(guide.sections.map((s) => [s.module, s.articles.map((a) => a.id)])).toEqual([
      ["SALES", ["b"]],
      ["FINANCE", ["a", "d", "e"]],
      [null, ["c"]],
    ]);
  });

  it("offers 10, 20 or 50 per ranking and falls back to 10", () => {
    expect(parseGuideTop("20")).toBe(20);
    expect(parseGuideTop("1000")).toBe(10);
    expect(parseGuideTop(undefined)).toBe(10);
  });
});

describe("article body from an issue", () => {
  it("puts the problem and the solution under their own headings in the writer's language", () => {
    expect(articleBodyFromIssue({ key: "ISS-7", description: "# 现象\n报错" }, "重新过账。", "zh-CN")).toBe(
      "## 问题描述\n\n### 现象\n报错\n\n## 解决方法\n\n重新过账。\n\n> 整理自问题 ISS-7。\n",
    );
    expect(articleBodyFromIssue({ key: "ISS-7", description: "Error" }, "  ", "en")).toContain("## Solution\n\n(Describe the solution here.)");
  });
});

describe("inputs", () => {
  it("accepts an issue number as people write it", () => {
    const articleId = "7d9c8f5e-3b2a-4c1d-9e8f-0a1b2c3d4e5f";
    expect(ZLinkIssue.parse({ articleId, issueNumber: "ISS-12" })).toMatchObject({ issueNumber: 12 });
    expect(ZLinkIssue.parse({ articleId, issueNumber: "iss12" })).toMatchObject({ issueNumber: 12 });
    expect(ZLinkIssue.parse({ articleId, issueNumber: " 12 " })).toMatchObject({ issueNumber: 12 });
    expect(ZLinkIssue.safeParse({ articleId, issueNumber: "twelve" }).success).toBe(false);
    expect(ZLinkIssue.safeParse({ articleId, issueNumber: "" }).success).toBe(false);
  });

  it("parses the suggestion query, ignoring an unknown module", () => {
    expect(ZSuggestQuery.parse({ q: " 批次 ", module: "MARKETING" })).toEqual({ q: "批次", module: undefined });
    expect(ZSuggestQuery.safeParse({ q: "" }).success).toBe(false);
  });
});

describe("demo articles", () => {
  it("are all safe to store and complete", () => {
    for (const a of DEMO_ARTICLES) {
      expect(findUnsafeMarkdown(a.body), a.title).toBeNull();
      expect(a.title.length).toBeLessThanOrEqual(200);
      if (a.kind === "VIDEO") expect(a.videoUrl, a.title).toMatch(/^https:\/\//);
    }
    expect(new Set(DEMO_ARTICLES.map((a) => a.title)).size).toBe(DEMO_ARTICLES.length);
  });
});
