import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

test("an admin creates a user, who signs in; deactivation ends that user's open session", async ({ page, browser }) => {
  await signIn(page, DEMO_LOGINS.ADMIN);
  await page.getByTestId("main-nav").getByRole("link", { name: "用户" }).click();
  await page.getByRole("link", { name: "新建用户" }).click();

  // A bad submit keeps what was typed and says what is wrong.
  await page.getByLabel("邮箱").fill("qian.yu@demo.hdchem.cn");
  await page.getByLabel("姓名").fill("钱宇");
  await page.getByLabel("角色").selectOption({ label: "业务骨干" });
  await page.getByLabel("部门").selectOption({ label: "质检部" });
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByTestId("password-error")).toHaveText("密码至少 10 个字符。");
  await expect(page.getByLabel("邮箱")).toHaveValue("qian.yu@demo.hdchem.cn");
  await expect(page.getByLabel("姓名")).toHaveValue("钱宇");
  await expect(page.getByLabel("部门")).toHaveValue(/[0-9a-f-]{36}/);

  await page.getByLabel("初始密码").fill("QianYu-2026-start");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByRole("heading", { name: "钱宇" })).toBeVisible();
  const userUrl = page.url();

  const other = await browser.newContext();
  const userPage = await other.newPage();
  await signIn(userPage, "qian.yu@demo.hdchem.cn", "QianYu-2026-start");
  await expect(userPage.getByTestId("home-KEY_USER")).toBeVisible();

  await page.goto(userUrl);
  await page.getByRole("button", { name: "停用账号" }).click();
  await expect(page.getByRole("button", { name: "重新启用" })).toBeVisible();

  await userPage.goto("/account");
  await expect(userPage).toHaveURL(/\/login/);
  await userPage.getByLabel("邮箱").fill("qian.yu@demo.hdchem.cn");
  await userPage.getByLabel("密码").fill("QianYu-2026-start");
  await userPage.getByRole("button", { name: "登录" }).click();
  await expect(userPage.getByTestId("login-error")).toHaveText("该账号已停用，请联系系统管理员。");
  await other.close();

  // The audit log shows who did it, filterable by entity.
  await page.goto("/audit?entity=User&action=deactivate");
  await expect(page.locator("tbody tr").first()).toContainText(DEMO_LOGINS.ADMIN);
  await expect(page.locator("tbody tr").first()).toContainText("停用");
});

test("users list searches, sorts and exports to Excel", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.ADMIN);
  await page.goto("/users");
  await page.getByLabel("搜索").fill("keyuser");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr")).toContainText("张伟");

  await page.goto("/users?sort=email&dir=desc");
  const emails = await page.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(emails).toEqual([...emails].sort().reverse());

  const download = page.waitForEvent("download");
  await page.getByTestId("export-users").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("用户.xlsx");
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe("PK");
});

test("two admins editing one user: the second save is refused, not lost", async ({ page, browser }) => {
  await signIn(page, DEMO_LOGINS.ADMIN);
  await page.goto("/users?q=trainer");
  await page.locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  const url = page.url();
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, DEMO_LOGINS.ADMIN);
  await second.goto(url);

  await page.getByLabel("姓名").fill("刘洋（培训）");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("已保存。");

  await second.getByLabel("姓名").fill("刘洋（覆盖）");
  await second.getByRole("button", { name: "保存" }).click();
  await expect(second.getByTestId("form-error")).toContainText("该记录已被他人修改");
  await other.close();
  await page.reload();
  await expect(page.getByLabel("姓名")).toHaveValue("刘洋（培训）");
});
