import { describe, expect, it } from "vitest";
import { containsPattern, excerpt, highlightParts, plainText, splitSearchTerms } from "@/modules/help/search";

describe("search terms", () => {
  it("keeps a Chinese phrase whole and splits at spaces and Chinese or English punctuation", () => {
    expect(splitSearchTerms("批次追溯")).toEqual(["批次追溯"]);
    expect(splitSearchTerms("  批次 追溯  ")).toEqual(["批次", "追溯"]);
    expect(splitSearchTerms("月结，成本、过账；关账。")).toEqual(["月结", "成本", "过账", "关账"]);
    expect(splitSearchTerms("month-end close, cost roll-up")).toEqual(["month-end", "close", "cost", "roll-up"]);
    expect(splitSearchTerms("《常见问题》“打印模板”")).toEqual(["常见问题", "打印模板"]);
  });

  it("drops empties and case-insensitive repeats, and bounds how many and how long", () => {
    expect(splitSearchTerms("")).toEqual([]);
    expect(splitSearchTerms(" ，。 ")).toEqual([]);
    expect(splitSearchTerms("BOM bom Bom 配方")).toEqual(["BOM", "配方"]);
    expect(splitSearchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(splitSearchTerms("x".repeat(80))[0]).toHaveLength(50);
  });

  it("makes LIKE patterns that take %, _ and \\ literally", () => {
    expect(containsPattern("批次")).toBe("%批次%");
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });
});

describe("excerpts", () => {
  it("turns Markdown into readable text", () => {
    expect(plainText("## 步骤\n1. 打开 **批次追溯**\n- [链接](https://x.cn) ![图](/a.png)\n```\ncode\n```\n> 注意")).toBe("步骤 打开 批次追溯 链接 图 注意");
  });

  it("drops table separator rows and pipes, quickly even on hostile input", () => {
    expect(plainText("| 批量 | 样本 |\n|---:|---|\n| 2–15 | 2 |")).toBe("批量 样本 2–15 2");
    const started = performance.now();
    plainText(`|${"-".repeat(5000)}x\n`.repeat(20));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("shows the passage around the first hit, with the hits marked", () => {
    const body = `${"前文".repeat(100)}收货时必须录入批次号。${"后文".repeat(100)}`;
    const parts = excerpt(body, ["批次"], 40);
    expect(parts[0]!.text.startsWith("…")).toBe(true);
    expect(parts.at(-1)!.text.endsWith("…")).toBe(true);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["批次"]);
  });

  it("starts at the beginning without a query", () => {
    expect(excerpt("短文本", [])).toEqual([{ text: "短文本", hit: false }]);
  });

  it("marks every term case-insensitively, the longest first", () => {
    expect(highlightParts("Month-end 月结 MONTH", ["month", "月结"])).toEqual([
      { text: "Month", hit: true },
      { text: "-end ", hit: false },
      { text: "月结", hit: true },
      { text: " ", hit: false },
      { text: "MONTH", hit: true },
    ]);
    expect(highlightParts("批次追溯", ["批次", "批次追溯"])).toEqual([{ text: "批次追溯", hit: true }]);
    expect(highlightParts("a.b(c)", ["(c)"])).toEqual([{ text: "a.b", hit: false }, { text: "(c)", hit: true }]);
  });
});
