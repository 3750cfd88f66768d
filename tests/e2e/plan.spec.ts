import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

test("a PM creates a project from the template, moves a task, accepts a deliverable, passes a gate and sees the Gantt", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_LOGINS.PROJECT_MANAGER);
  await page.getByTestId("main-nav").getByRole("link", { name: "上线计划" }).click();
  const form = page.getByTestId("create-project-form");
  await form.getByLabel("开始", { exact: true }).fill("2027-01-04");
  await form.getByLabel("项目编号").fill("E2E-PLAN");
  await form.getByLabel("项目", { exact: true }).fill("端到端测试项目");
  await form.getByRole("button", { name: "创建项目" }).click();
  await expect(page.getByRole("heading", { name: "端到端测试项目" })).toBeVisible({ timeout: 30_000 });
  const projectUrl = new URL(page.url()).pathname;
  await expect(page.getByText("第1周")).toBeVisible();

  // Move the kickoff's end two days later: the interviews that depend on it move too.
  await page.getByRole("link", { name: "任务表" }).click();
  await page.getByRole("link", { name: /^召开项目启动会/ }).click();
  const edit = page.getByTestId("task-edit-form");
  await edit.getByLabel("计划完成").fill("2027-01-06");
  await edit.getByRole("button", { name: "保存任务" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("任务已保存。");
  await page.goto(`${projectUrl}/tasks?q=管理层访谈`);
  await expect(page.locator("tbody tr").first()).toContainText("2027/01/07");

  // Submit and accept the business flow chart (accepted by the project manager).
  await page.goto(`${projectUrl}/tasks?q=绘制核心业务流程图`);
  await page.locator("tbody tr a").first().click();
  const deliverable = page.getByTestId("deliverable-业务流程图");
  await deliverable.getByLabel("证明材料链接").fill("https://pan.hdchem.cn/erp/flow.pdf");
  await deliverable.getByRole("button", { name: "提交验收" }).click();
  await expect(deliverable.getByText("待验收", { exact: true })).toBeVisible();
  await deliverable.getByRole("button", { name: "确认" }).click();
  await expect(deliverable.getByText("已验收", { exact: true })).toBeVisible();

  // Pass phase 1's gate with conditions (the other deliverables are still open).
  await page.goto(`${projectUrl}/gates`);
  const gate = page.locator("[data-testid^=gate-form-]").first();
  await gate.getByLabel("评审结论").selectOption("PASS_WITH_CONDITIONS");
  await gate.getByLabel("附加条件").fill("其余交付物两周内验收");
  await gate.getByRole("button", { name: "记录评审结论" }).click();
  // The passed gate shows its badge and the review with its conditions (the form folds away).
  await expect(page.getByText("关口已通过").first()).toBeVisible();
  await expect(page.getByText("附加条件：其余交付物两周内验收")).toBeVisible();

  const gantt = await page.goto(`${projectUrl}/gantt`);
  expect(gantt?.status()).toBe(200);
  await expect(page.getByText(/召开项目启动会/).first()).toBeVisible();
});

test("a key user reads the plan and reports on own tasks but cannot edit the plan", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.KEY_USER);
  await page.goto("/plan");
  await expect(page.getByTestId("create-project-form")).toHaveCount(0);
  await page.getByRole("link", { name: "华鼎精化 ERP 上线项目" }).click();
  await expect(page.getByTestId("plan-health")).toBeVisible();
  await page.getByRole("link", { name: "任务表" }).click();
  await page.getByLabel("状态").selectOption("BLOCKED");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByTestId("export-tasks").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("HD-ERP-2026-任务表.xlsx");
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(await (await file.createReadStream()).toArray()) as never);
  expect(workbook.worksheets[0]!.rowCount).toBe(2); // the header and the one blocked task
  await page.locator("tbody tr a").first().click();
  await expect(page.getByTestId("task-edit-form")).toHaveCount(0);
  await expect(page.getByTestId("add-dependency-form")).toHaveCount(0);
  await page.goto("/plan/my");
  await expect(page.getByTestId("my-work")).toBeVisible();
});
