import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, signOut } from "./support";

// A term no demo article uses, so the search finds exactly the article this test writes.
const TERM = `配方换版${Date.now().toString(36)}`;
const TITLE = `${TERM}后如何刷新生产订单的组件`;

test("a writer publishes an article; a key user finds it by a Chinese term and reads it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.TRAINER);
  await page.getByTestId("main-nav").getByRole("link", { name: "帮助中心" }).click();
  await page.getByRole("link", { name: "新建文章" }).click();

  const form = page.getByTestId("article-form");
  await form.getByLabel("标题").fill(TITLE);
  await form.getByLabel("类型").selectOption({ label: "常见问题" });
  await form.getByLabel("模块").selectOption({ label: "生产" });
  await form.getByLabel("业务骨干").check();
  // A script is refused with a clear message, and what was typed stays.
  await form.getByLabel("正文").fill("## 解决方法\n点击 **重新读取BOM**。<script>alert(1)</script>");
  await form.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByTestId("body-error")).toContainText("内容中不能包含脚本");
  await expect(form.getByLabel("标题")).toHaveValue(TITLE);
  await expect(form.getByLabel("业务骨干")).toBeChecked();

  await form.getByLabel("正文").fill("## 解决方法\n1. 打开生产订单\n2. 点击 **重新读取BOM**");
  await form.getByRole("tab", { name: "预览" }).click();
  await expect(page.getByTestId("markdown-preview").getByRole("heading", { name: "解决方法" })).toBeVisible();
  await form.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("article-status")).toHaveCount(0); // published: no draft badge
  const xlsx = await page.request.get(`/api/help/export?q=${encodeURIComponent(TERM)}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await signOut(page);

  await signIn(page, DEMO_LOGINS.KEY_USER);
  await page.goto("/help");
  await expect(page.getByRole("link", { name: "新建文章" })).toHaveCount(0);
  await page.getByLabel("搜索", { exact: true }).fill(TERM);
  await page.getByTestId("help-search").getByRole("button", { name: "搜索" }).click();
  await expect(page.getByTestId("help-result-count")).toContainText("1 篇");
  await page.getByTestId("article-card").getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("article").getByRole("heading", { name: "解决方法" })).toBeVisible();
  await expect(page.getByTestId("article")).toContainText("浏览 1 次");
  await expect(page.getByTestId("edit-article")).toHaveCount(0);

  // The suggestion API the issue form uses finds it too.
  const suggest = await page.request.get(`/api/help/suggest?q=${encodeURIComponent(TERM)}`);
  expect((await suggest.json()).articles).toEqual([expect.objectContaining({ title: TITLE, kind: "FAQ" })]);

  // The FAQ guide downloads as a dated Markdown file with the article in it.
  const md = await page.request.get("/api/help/faq-guide/markdown?top=50");
  expect(md.headers()["content-type"]).toContain("text/markdown");
  expect(md.headers()["content-disposition"]).toMatch(/filename="faq-guide-\d{4}-\d{2}-\d{2}\.md"/);
  expect(await md.text()).toContain(`### ${TITLE}`);
});

test("a key user may not write articles", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.KEY_USER);
  const response = await page.goto("/help/new");
  expect(response?.status()).toBe(403);
  const exportResponse = await page.request.get("/api/help/export");
  expect(exportResponse.status()).toBe(403);
});
