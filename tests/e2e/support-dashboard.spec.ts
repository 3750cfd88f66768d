import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

test("a PM reads the support dashboard, opens the daily report and sends it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  await page.getByTestId("main-nav").getByRole("link", { name: "支持看板" }).click();
  await expect(page.getByRole("heading", { name: "支持看板", level: 1 })).toBeVisible();

  // Tiles, the open-issue heat-map and every chart with its data table.
  await expect(page.getByTestId("kpi-open")).toContainText("未关闭问题");
  await expect(page.getByTestId("kpi-fr")).toContainText("目标 90%");
  await expect(page.getByTestId("open-matrix")).toBeVisible();
  for (const chart of ["chart-sla", "chart-backlog", "chart-mttr", "chart-csat"]) {
    await expect(page.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible();
  }
  await expect(page.getByTestId("chart-sla").getByText("目标 90%").first()).toBeVisible();
  const table = page.getByTestId("chart-sla").locator("details").first();
  await table.locator("summary").click();
  await expect(table.getByRole("columnheader", { name: "首次响应达成率" })).toBeVisible();

  // Filters live in the URL; the export follows them.
  await page.getByLabel("时间段", { exact: true }).selectOption("4");
  await page.getByLabel("模块", { exact: true }).selectOption("FINANCE");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/weeks=4/);
  await expect(page).toHaveURL(/module=FINANCE/);
  await expect(page.getByTestId("open-matrix").locator("tbody tr")).toHaveCount(1);
  const exportHref = await page.getByTestId("export-dashboard").getAttribute("href");
  expect(exportHref).toContain("module=FINANCE");
  const workbook = await page.request.get(exportHref!);
  expect(workbook.status()).toBe(200);
  expect(workbook.headers()["content-type"]).toContain("spreadsheetml");

  // The daily report for today, sent with a note: a snapshot with the note, listed among sent reports.
  await page.getByRole("link", { name: "每日运行报告" }).click();
  await expect(page.getByRole("heading", { name: /每日系统运行监控报告/ })).toBeVisible();
  await expect(page.getByTestId("report-open-eod")).toContainText("日终未关闭");
  await page.getByRole("link", { name: /前一天/ }).click();
  await expect(page).toHaveURL(/day=\d{4}-\d{2}-\d{2}/);
  const form = page.getByTestId("send-report-form");
  await form.getByLabel("项目经理备注").fill("财务月结问题已安排专人跟进，明早 9 点复盘。");
  await form.getByRole("button", { name: "发送报告" }).click();
  await expect(page.getByTestId("report-sent")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("report-note")).toHaveText("财务月结问题已安排专人跟进，明早 9 点复盘。");
  await expect(page.getByText("这是发送时保存的快照")).toBeVisible();
  const snapshotExport = await page.request.get((await page.getByTestId("export-snapshot").getAttribute("href"))!);
  expect(snapshotExport.status()).toBe(200);

  await page.getByRole("link", { name: "返回每日报告" }).click();
  const history = page.getByTestId("report-history");
  await expect(history.getByText("财务月结问题已安排专人跟进，明早 9 点复盘。")).toBeVisible();
  await expect(history.getByRole("cell", { name: "李娜" }).first()).toBeVisible();
});

test("an executive reads the daily report but has no send form", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.EXECUTIVE);
  await page.goto("/support/daily-report");
  await expect(page.getByRole("heading", { name: /每日系统运行监控报告/ })).toBeVisible();
  await expect(page.getByTestId("send-report-form")).toHaveCount(0);
  await expect(page.getByTestId("report-history")).toBeVisible();
});
