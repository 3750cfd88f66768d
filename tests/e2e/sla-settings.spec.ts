import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

// Support configures the SLA: a company holiday in the working calendar, a hypercare target. Each
// change is undone at the end so the demo data other specs read stays as seeded.

async function openSection(page: Page, tab: string) {
  await page.getByTestId("main-nav").getByRole("link", { name: "SLA 与分派" }).click();
  await page.getByRole("navigation", { name: "支持设置" }).getByRole("link", { name: tab }).click();
}

test("support adds a company holiday to the working calendar and removes it again", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.SUPPORT);
  await openSection(page, "工作日历");
  await page.getByRole("link", { name: "CN-STANDARD" }).click();
  await page.waitForURL(/\/calendars\/[0-9a-f-]{36}/);
  // The 2026 notice is seeded; the page opens on the current year, which may be a later one.
  await page.getByRole("navigation", { name: "年份" }).getByRole("link", { name: "2026" }).click();
  await page.waitForURL(/year=2026/);
  await expect(page.getByTestId("day-summary")).toHaveText("放假 33 天，调休上班 6 天。");

  const add = page.getByTestId("add-day-form");
  await add.getByLabel("日期").fill("2026-12-31");
  await add.getByLabel("类型").selectOption("HOLIDAY");
  await add.getByLabel("名称").fill("公司年会");
  await add.getByRole("button", { name: "添加" }).click();
  await expect(add.getByTestId("form-success")).toHaveText("已添加。");
  const row = page.getByTestId("calendar-days").getByRole("row").filter({ hasText: "公司年会" });
  await expect(row).toContainText("2026年12月31日");
  await expect(row).toContainText("放假");
  await expect(page.getByTestId("day-summary")).toHaveText("放假 34 天，调休上班 6 天。");

  // The same day again is refused next to the date, and what was typed stays.
  await add.getByLabel("日期").fill("2026-12-31");
  await add.getByLabel("名称").fill("又一次");
  await add.getByRole("button", { name: "添加" }).click();
  await expect(add.getByTestId("day-date-error")).toHaveText("该日期已在日历中（公司年会）。如需修改，请先删除。");
  await expect(add.getByLabel("名称")).toHaveValue("又一次");

  // An adjusted working day on a normal Thursday makes no sense and says so.
  await add.getByLabel("日期").fill("2026-12-24");
  await add.getByLabel("类型").selectOption("WORKDAY");
  await add.getByRole("button", { name: "添加" }).click();
  await expect(add.getByTestId("day-date-error")).toContainText("本来就是工作日");

  await row.getByRole("button", { name: /删除/ }).click();
  await expect(page.getByTestId("calendar-days")).not.toContainText("公司年会");
  await expect(page.getByTestId("day-summary")).toHaveText("放假 33 天，调休上班 6 天。");
});

test("support changes a hypercare target and the overview shows it", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.SUPPORT);
  await openSection(page, "SLA 策略");
  await page.getByRole("link", { name: "上线保障期（问题不过夜）" }).click();

  const targets = page.getByTestId("targets-form");
  const p2 = targets.getByLabel("P2 首次响应（小时）");
  await expect(p2).toHaveValue("0.5");
  await p2.fill("0.75");
  await targets.getByRole("button", { name: "保存时限" }).click();
  await expect(targets.getByTestId("form-success")).toContainText("时限已保存");
  await expect(p2).toHaveValue("0.75");

  // A resolution shorter than the first response is refused on that field; nothing is saved.
  await targets.getByLabel("P3 解决（小时）").fill("1");
  await targets.getByRole("button", { name: "保存时限" }).click();
  await expect(targets.getByTestId("form-error")).toHaveText("请检查标出的字段。");
  await expect(targets.getByText("解决时限不能短于首次响应时限。")).toBeVisible();

  // The demo project is in hypercare, so the overview's policy in force shows the new target.
  await page.getByRole("navigation", { name: "支持设置" }).getByRole("link", { name: "概览" }).click();
  const inForce = page.getByTestId("policy-in-force");
  await expect(inForce).toContainText("上线保障期（问题不过夜）");
  await expect(inForce.getByRole("row").filter({ hasText: "P2" })).toContainText("45 分钟");

  await page.goto("/support/settings/policies");
  await expect(page.getByTestId("policy-list")).toContainText("P2 45 分钟 / 8 小时");

  // Back to the seeded 30 minutes.
  await page.getByRole("link", { name: "上线保障期（问题不过夜）" }).click();
  await page.getByTestId("targets-form").getByLabel("P2 首次响应（小时）").fill("0.5");
  await page.getByTestId("targets-form").getByRole("button", { name: "保存时限" }).click();
  await expect(page.getByTestId("targets-form").getByTestId("form-success")).toBeVisible();
});

test("other roles cannot open the support settings", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.KEY_USER);
  await expect(page.getByTestId("main-nav").getByRole("link", { name: "SLA 与分派" })).toHaveCount(0);
  const response = await page.request.get("/support/settings/policies", { maxRedirects: 0 });
  expect(response.status()).toBe(403);
});
