import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import pg from "pg";
import { DEMO_LOGINS, signIn } from "./support";

// The executive value-realization board, its export, the monthly review and the role dashboards on the
// home. The demo seed carries the KPIs; should it not (a database seeded before KPIs existed), one warehouse
// KPI is put in place directly so the board still has a tile to drill into.
async function ensureKpi() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Kpi" WHERE active`);
    if (rows[0]!.n > 0) return;
    await client.query(
      `INSERT INTO "Kpi" (id, code, "nameZh", "nameEn", unit, direction, frequency, source, "baselineValue", "baselineDate", "departmentId", "updatedAt")
       SELECT gen_random_uuid(), 'E2E_INVENTORY_ACCURACY', '库存准确率', 'Inventory accuracy', '%', 'HIGHER_IS_BETTER', 'MONTHLY', 'ENTERED', 85, date '2026-01-01', id, now()
       FROM "Department" WHERE code = 'warehouse'`,
    );
  } finally {
    await client.end();
  }
}

const thisMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date());

test.beforeAll(ensureKpi);

test("an executive reads the board in both languages, filters it, exports it, drills into a KPI and opens the monthly review", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.EXECUTIVE);
  await page.getByTestId("main-nav").getByRole("link", { name: "价值看板" }).click();
  await expect(page.getByRole("heading", { name: "价值实现看板", level: 1 })).toBeVisible();
  await expect(page.getByTestId("status-legend")).toContainText("达标");
  await expect(page.getByTestId("kpi-tile").first()).toBeVisible();
  await expect(page.getByTestId("plan-panel")).toContainText("当前阶段");
  await expect(page.getByTestId("issue-health")).toContainText("SLA 达成率");
  await expect(page.getByTestId("board-print")).toHaveText("导出 PDF");

  // English, then back.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Value realization", level: 1 })).toBeVisible();
  await expect(page.getByTestId("status-legend")).toContainText("On target");
  await expect(page.getByTestId("issue-health")).toContainText("SLA compliance");
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { name: "价值实现看板", level: 1 })).toBeVisible();

  // The one-screen table is the default; tiles show the same KPIs, and the choice survives the filters.
  await expect(page.getByTestId("layout-table")).toHaveAttribute("aria-current", "page");
  const rows = await page.getByTestId("kpi-tile").count();
  await page.getByTestId("layout-tiles").click();
  await expect(page).toHaveURL(/layout=tiles/);
  await expect(page.getByTestId("layout-tiles")).toHaveAttribute("aria-current", "page");
  await expect(page.locator("li[data-testid=kpi-tile]").first()).toBeVisible();
  expect(await page.getByTestId("kpi-tile").count()).toBe(rows);

  // Department and quarter: in the URL, in the summary line, and in the export's link.
  const allTiles = await page.getByTestId("kpi-tile").count();
  await page.getByLabel("部门", { exact: true }).selectOption({ label: "仓储部" });
  await page.getByLabel("期间", { exact: true }).selectOption("quarter");
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/period=quarter/);
  await expect(page).toHaveURL(/department=[0-9a-f-]{36}/);
  await expect(page).toHaveURL(/layout=tiles/);
  await expect(page.getByTestId("board-range")).toContainText("仓储部");
  const tiles = await page.getByTestId("kpi-tile").count();
  expect(tiles).toBeGreaterThan(0);
  expect(tiles).toBeLessThanOrEqual(allTiles);

  const href = (await page.getByTestId("board-export").getAttribute("href"))!;
  expect(href).toContain("period=quarter");
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["KPI", "问题健康度", "问题趋势", "KPI趋势"]);
  const kpiSheet = workbook.getWorksheet("KPI")!;
  expect(kpiSheet.getRow(1).getCell(1).value).toBe("KPI");
  expect(kpiSheet.getRow(1).getCell(10).value).toBe("状态");
  expect(kpiSheet.rowCount).toBe(tiles + 1);
  expect(String(workbook.getWorksheet("问题健康度")!.getRow(3).getCell(2).value)).toContain("仓储部");

  // Drill down: the tile opens the KPI's own page.
  const tile = page.getByTestId("kpi-tile-link").first();
  const name = (await tile.textContent())!.trim();
  await tile.click();
  await expect(page).toHaveURL(/\/kpis\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  // The monthly review: read-only for an executive, printable.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "月度回顾" }).click();
  await expect(page.getByRole("heading", { name: "月度回顾", level: 1 })).toBeVisible();
  await page.getByTestId("this-month").click();
  await expect(page).toHaveURL(new RegExp(`/reports/monthly/${thisMonth()}$`));
  await expect(page.getByTestId("monthly-title")).toContainText("月度回顾");
  await expect(page.getByTestId("monthly-kpis")).toBeVisible();
  await expect(page.getByTestId("monthly-issues")).toContainText("SLA 达成率");
  await expect(page.getByTestId("monthly-print")).toBeVisible();
  await expect(page.getByTestId("review-editor")).toHaveCount(0);
});

test("a project manager writes the month's summary and an action; a stale second tab is refused", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  await page.goto(`/reports/monthly/${thisMonth()}`);
  const other = await browser.newPage();
  await signIn(other, DEMO_LOGINS.PROJECT_MANAGER);
  await other.goto(`/reports/monthly/${thisMonth()}`);

  const form = page.getByTestId("review-form");
  await form.getByLabel("总结", { exact: true }).fill("本月库存准确率接近 98% 目标;应收账款数据需财务补录。");
  await form.getByTestId("review-save").click();
  await expect(form.getByTestId("form-success")).toHaveText("回顾已保存。");
  await expect(page.getByTestId("review-summary")).toHaveText("本月库存准确率接近 98% 目标;应收账款数据需财务补录。");

  // The other tab was opened before that save: its save is refused and keeps what was typed.
  const stale = other.getByTestId("review-form");
  await stale.getByLabel("总结", { exact: true }).fill("旧页面的总结");
  await stale.getByTestId("review-save").click();
  await expect(stale.getByTestId("form-error")).toContainText("刷新");
  await expect(stale.getByLabel("总结", { exact: true })).toHaveValue("旧页面的总结");
  await other.close();

  const add = page.getByTestId("add-action-form");
  await add.getByTestId("add-action").click();
  await expect(add.getByTestId("new-title-error")).toBeVisible();
  await add.getByLabel("新行动项").fill("月底前完成仓库全面盘点");
  await add.getByLabel("负责人").selectOption({ label: "李娜" });
  await add.getByTestId("add-action").click();
  await expect(page.getByTestId("monthly-actions")).toContainText("月底前完成仓库全面盘点");
  const row = page.getByTestId("action-row").filter({ has: page.locator('input[value="月底前完成仓库全面盘点"]') });
  await row.getByTestId("action-done").check();
  await row.getByTestId("action-update").click();
  await expect(page.getByTestId("monthly-actions").getByRole("row").filter({ hasText: "月底前完成仓库全面盘点" })).toContainText("是");

  // The month shows up in the list of reviews.
  await page.goto("/reports/monthly");
  await expect(page.getByTestId("review-list")).toContainText("本月库存准确率接近 98% 目标");
});

test("role dashboards on the home; a key user is refused the board", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.KEY_USER);
  await expect(page.getByTestId("home-department-kpis")).toBeVisible();
  const response = await page.goto("/dashboard");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  expect((await page.request.get("/api/dashboard/export")).status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, DEMO_LOGINS.SUPPORT);
  await expect(page.getByTestId("home-support-dashboard")).toContainText("SLA 达成率");
  await page.context().clearCookies();
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  await expect(page.getByTestId("home-pm-dashboard")).toContainText("待验收的交付物");
  await page.context().clearCookies();
  await signIn(page, DEMO_LOGINS.EXECUTIVE);
  await page.getByTestId("home-open-board").click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
