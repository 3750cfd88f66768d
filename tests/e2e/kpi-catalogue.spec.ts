import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, signOut } from "./support";

// One KPI, defined by the PM in the first test, is used by the next ones (run in order).
const CODE = `E2E_ACCURACY_${Date.now().toString(36).toUpperCase()}`;
const NAME_ZH = `库存准确率${CODE.slice(-5)}`;
const NAME_EN = `Inventory accuracy ${CODE.slice(-5)}`;
let kpiPath = "";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthsFromNow = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  return iso(d);
};

test.describe.configure({ mode: "serial" });

test("a PM defines a KPI with two targets, enters a value and sees it on the chart page and in the catalogue", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  await page.goto("/kpis");
  await page.getByRole("link", { name: "定义 KPI" }).first().click();
  const form = page.getByTestId("kpi-form");
  await form.getByLabel("编码").fill(CODE);
  await form.getByLabel("中文名称").fill(NAME_ZH);
  await form.getByLabel("英文名称").fill(NAME_EN);
  await form.getByLabel("频率").selectOption({ label: "每月" });
  await form.getByLabel("基线", { exact: true }).fill("85");
  await form.getByLabel("基线日期").fill(monthsFromNow(-2));
  await form.getByLabel("目标 1：到期日").fill(monthsFromNow(3));
  await form.getByLabel("目标 1：目标值").fill("98");
  await form.getByLabel("目标 1：中文标签").fill("3个月目标");
  await form.getByRole("button", { name: "添加目标" }).click();
  await form.getByLabel("目标 2：到期日").fill(monthsFromNow(6));
  await form.getByLabel("目标 2：目标值").fill("abc");
  // A bad row is named, and everything typed stays.
  await form.getByRole("button", { name: "定义 KPI" }).click();
  await expect(page.getByTestId("targets-error")).toContainText("目标 2：请填写数字");
  await expect(form.getByLabel("中文名称")).toHaveValue(NAME_ZH);
  await expect(form.getByLabel("目标 1：中文标签")).toHaveValue("3个月目标");
  await form.getByLabel("目标 2：目标值").fill("99");
  await form.getByRole("button", { name: "定义 KPI" }).click();

  await expect(page.getByRole("heading", { level: 1, name: NAME_ZH })).toBeVisible();
  kpiPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("kpi-targets-list").getByRole("listitem")).toHaveCount(2);
  const entry = page.getByTestId("kpi-value-form");
  await entry.getByLabel("数值（%）").fill("90");
  await entry.getByLabel("备注").fill("月末盘点");
  await entry.getByRole("button", { name: "保存数据" }).click();
  await expect(entry.getByTestId("form-success")).toContainText("数据已保存");
  await expect(page.getByTestId("kpi-latest")).toHaveText("90%");
  await expect(page.getByTestId("kpi-value-row")).toHaveCount(1);
  await expect(page.getByTestId("kpi-value-row")).toContainText("月末盘点");
  await expect(page.getByTestId("kpi-trend-chart").locator(".recharts-reference-dot")).toHaveCount(2);
  await expect(page.getByTestId("kpi-trend-chart").locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByTestId("kpi-annotations")).toContainText("3个月目标 98%");
  await expect(page.getByTestId("kpi-annotations")).toContainText("上线");
  const values = await page.request.get(`/api${kpiPath}/values/export`);
  expect(values.headers()["content-type"]).toContain("spreadsheetml");

  await page.goto(`/kpis?q=${CODE}`);
  const row = page.getByTestId("kpi-row").filter({ hasText: NAME_ZH });
  await expect(row).toContainText("90%");
  await expect(row.getByTestId("kpi-status")).toBeVisible();
  await expect(row).toContainText("98%"); // the next target
  const xlsx = await page.request.get(`/api/kpis/export?q=${CODE}`);
  expect(xlsx.status()).toBe(200);
});

test("a key user cannot edit a KPI", async ({ page }) => {
  expect(kpiPath).not.toBe("");
  await signIn(page, DEMO_LOGINS.KEY_USER);
  await page.goto(kpiPath);
  await expect(page.getByRole("heading", { level: 1, name: NAME_ZH })).toBeVisible();
  await expect(page.getByTestId("edit-kpi")).toHaveCount(0);
  await expect(page.getByTestId("kpi-value-form")).toHaveCount(0);
  await expect(page.getByTestId("kpi-no-entry")).toBeVisible();
  expect((await page.goto(`${kpiPath}/edit`))?.status()).toBe(403);
  expect((await page.goto("/kpis/new"))?.status()).toBe(403);
  await page.goto("/kpis");
  await expect(page.getByTestId("kpi-count")).toBeVisible();
  await expect(page.getByTestId("import-kpi-values")).toHaveCount(0);
  await expect(page.getByTestId("metrics-recompute")).toHaveCount(0);
  expect((await page.goto("/kpis/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});

test("a user pins a KPI and sees it on the home page", async ({ page }) => {
  expect(kpiPath).not.toBe("");
  await signIn(page, DEMO_LOGINS.KEY_USER);
  await page.goto(kpiPath);
  await page.getByRole("button", { name: `将 ${NAME_ZH} 固定到我的首页` }).click();
  await expect(page.getByRole("button", { name: `从我的首页取消固定 ${NAME_ZH}` })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/");
  const tile = page.getByTestId("pinned-kpi").filter({ hasText: NAME_ZH });
  await expect(tile).toContainText("90%");
  await tile.getByRole("link", { name: NAME_ZH }).click();
  await expect(page).toHaveURL(new RegExp(`${kpiPath}$`));
  await page.getByRole("button", { name: `从我的首页取消固定 ${NAME_ZH}` }).click();
  await expect(page.getByRole("button", { name: `将 ${NAME_ZH} 固定到我的首页` })).toBeVisible();
  await signOut(page);
});
