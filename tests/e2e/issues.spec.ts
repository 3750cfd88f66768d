import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, signIn, signOut } from "./support";

// A PNG's signature plus padding: enough for the upload check, small enough to be quick.
const SCREENSHOT = { name: "扫描报错.png", mimeType: "image/png", buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096)]) };

async function fileIssue(page: Page, title: string) {
  await page.goto("/issues/new");
  const form = page.getByTestId("file-issue-form");
  await form.getByLabel("标题").fill(title);
  await form.getByLabel("ERP 模块").selectOption("WAREHOUSE");
  await form.getByLabel("类型").selectOption("DEFECT");
  await form.getByLabel("业务影响").selectOption("DEGRADED");
  await form.getByLabel("问题描述").fill("1. 打开**采购入库**\n2. 扫描条码\n\n期望：显示库位；实际：库位为空");
  await form.getByLabel("附件").setInputFiles(SCREENSHOT);
  await form.getByTestId("submit-issue").click();
  await expect(page.getByTestId("issue-title")).toHaveText(title, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

test("a key user files with a screenshot, support answers and resolves, the key user confirms and rates", async ({ page }) => {
  test.setTimeout(180_000);
  const title = `条码枪扫描后库位不显示 ${Date.now()}`;
  await signIn(page, DEMO_LOGINS.KEY_USER);
  // Bad input keeps what was typed and stores nothing.
  await page.goto("/issues/new");
  const form = page.getByTestId("file-issue-form");
  await form.getByLabel("标题").fill(title);
  await form.getByTestId("submit-issue").click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(form.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByTestId("module-error")).toBeVisible();

  const issuePath = await fileIssue(page, title);
  await expect(page.getByTestId("attachments")).toContainText("扫描报错.png");
  await expect(page.getByTestId("issue-status")).toHaveText("新建");
  await signOut(page);

  await signIn(page, DEMO_LOGINS.SUPPORT);
  await page.goto(`/issues?view=all&q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("issue-row")).toHaveCount(1);
  await page.getByRole("link", { name: title }).click();
  const comment = page.getByTestId("comment-form");
  await comment.getByLabel("回复").fill("内部：怀疑是库位权限配置");
  await comment.getByTestId("internal-toggle").check();
  await comment.getByTestId("send-comment").click();
  await expect(page.getByTestId("internal-note")).toContainText("怀疑是库位权限配置");
  const move = page.getByTestId("transition-form");
  await move.getByLabel("变更状态为").selectOption("RESOLVED");
  await move.getByLabel("给提交人的说明").fill("已修正仓库用户的库位权限，请重新扫描。");
  await move.getByRole("button", { name: "更新状态" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("已解决");
  await expect(page.getByTestId("sla-firstResponse")).toContainText("完成于");
  // One step from the solved issue to a help article, published for everyone.
  await page.getByTestId("article-from-issue").getByRole("button", { name: "整理成帮助文章" }).click();
  await expect(page).toHaveURL(/\/help\/[0-9a-f-]+\/edit$/, { timeout: 30_000 });
  await page.getByTestId("article-form").getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("已发布", { timeout: 30_000 });
  await signOut(page);

  await signIn(page, DEMO_LOGINS.KEY_USER);
  await page.goto(issuePath);
  await expect(page.getByTestId("conversation")).toContainText("已修正仓库用户的库位权限");
  // The desk's internal note never reaches the reporter: not on the page, not through the API.
  await expect(page.getByText("怀疑是库位权限配置")).toHaveCount(0);
  const api = await page.request.get(`/api${issuePath}`);
  expect(api.status()).toBe(200);
  expect(JSON.stringify(await api.json())).not.toContain("怀疑是库位权限配置");
  await page.getByTestId("confirm-resolution").click();
  await expect(page.getByTestId("issue-status")).toHaveText("已关闭");
  const rate = page.getByTestId("rate-form");
  await rate.getByLabel("5 ★").check();
  await rate.getByLabel("意见或建议（可选）").fill("响应很快");
  await rate.getByTestId("submit-rating").click();
  await expect(page.getByTestId("csat")).toContainText("5 / 5");

  // The article made from the issue is in the help center for the key user, linked back to the issue.
  await page.goto(`/help?q=${encodeURIComponent(title.split(" ")[1]!)}`);
  await expect(page.getByTestId("article-card")).toHaveCount(1);
  await page.getByTestId("article-card").getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("已修正仓库用户的库位权限");
});

test("a key user cannot open another department's issue by URL, nor download its files", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "sun.li@demo.hdchem.cn"); // sales
  const path = await fileIssue(page, `销售订单价格带不出 ${Date.now()}`);
  const api = await page.request.get(`/api${path}`);
  const fileUrl = (await api.json()).attachments[0].url as string;
  await signOut(page);

  await signIn(page, DEMO_LOGINS.KEY_USER); // warehouse
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/api${path}`)).status()).toBe(404);
  expect((await page.request.get(fileUrl)).status()).toBe(404);
});
