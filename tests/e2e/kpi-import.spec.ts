import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

// A PM imports an ERP export of KPI values: a file with one bad row writes nothing and names the row;
// the corrected file writes and shows what it did. The values land in this week's period, so the
// catalogue's latest value tells whether anything was written.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const VALUE = 77.77;
const csv = (badValue: string) =>
  Buffer.from(`kpi_code,period,value,note\r\nON_TIME_DELIVERY,${today},${VALUE},e2e 导入\r\nUSER_ACTIVITY,${today},${badValue},\r\n`);

async function latest(page: import("@playwright/test").Page, code: string): Promise<number | null> {
  const body = (await (await page.request.get("/api/kpis")).json()) as { kpis: { code: string; latestValue: number | null }[] };
  return body.kpis.find((k) => k.code === code)!.latestValue;
}

test("a PM imports KPI values: one bad row writes nothing and is shown, the corrected file writes", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  const before = await latest(page, "ON_TIME_DELIVERY");
  expect(before).not.toBe(VALUE);

  // From the catalogue, where a PM finds it.
  await page.goto("/kpis");
  await page.getByTestId("import-kpi-values").click();
  await expect(page).toHaveURL(/\/kpis\/import$/);
  await expect(page.getByRole("heading", { level: 1, name: "导入指标数值" })).toBeVisible();
  const form = page.getByTestId("kpi-import-form");
  await form.getByTestId("kpi-import-validate-only").check();
  await form.getByLabel(/^文件/).setInputFiles({ name: "erp-export.csv", mimeType: "text/csv", buffer: csv("无数据") });
  await form.getByTestId("kpi-import-submit").click();

  await expect(page.getByTestId("form-error")).toContainText("未导入任何数据");
  const rows = page.getByTestId("kpi-import-error-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-row", "3");
  await expect(rows.first()).toContainText("“无数据”不是数字。");
  // The chosen option is kept after the error, and nothing was written.
  await expect(form.getByTestId("kpi-import-validate-only")).toBeChecked();
  expect(await latest(page, "ON_TIME_DELIVERY")).toBe(before);

  await form.getByTestId("kpi-import-validate-only").uncheck();
  await form.getByLabel(/^文件/).setInputFiles({ name: "erp-export.csv", mimeType: "text/csv", buffer: csv("83") });
  await form.getByTestId("kpi-import-submit").click();
  await expect(page.getByTestId("form-success")).toContainText("已导入 2 个指标的 2 个数值");
  const summary = page.getByTestId("kpi-import-summary");
  await expect(summary).toContainText("ON_TIME_DELIVERY");
  await expect(summary).toContainText("USER_ACTIVITY");
  await expect(page.getByTestId("kpi-import-errors")).toHaveCount(0);
  expect(await latest(page, "ON_TIME_DELIVERY")).toBe(VALUE);
  expect(await latest(page, "USER_ACTIVITY")).toBe(83);
});

test("a key user cannot open the import page", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.KEY_USER);
  const response = await page.request.get("/kpis/import", { maxRedirects: 0 });
  expect(response.status()).toBe(403);
});
