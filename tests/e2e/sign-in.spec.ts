import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn } from "./support";

test("a wrong password shows a localized error and keeps the typed e-mail", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.TRAINER, "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
  await expect(page.getByLabel("邮箱")).toHaveValue(DEMO_LOGINS.TRAINER);

  await page.getByRole("button", { name: "English" }).click();
  await page.getByLabel("Password").fill("still-wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("The e-mail or password is wrong.");
  await expect(page.getByLabel("E-mail")).toHaveValue(DEMO_LOGINS.TRAINER);
  await page.getByRole("button", { name: "简体中文" }).click();
});

test("after a deep link, sign-in returns to the page asked for", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/callbackUrl=%2Faccount/);
  await page.getByLabel("邮箱").fill(DEMO_LOGINS.PROJECT_MANAGER);
  await page.getByLabel("密码").fill("HdChem@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL("/account");
});

test("the login page works from the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("邮箱")).toBeFocused();
  await page.keyboard.type(DEMO_LOGINS.DATA_STEWARD);
  await page.keyboard.press("Tab");
  await page.keyboard.type("HdChem@2026");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("home-DATA_STEWARD")).toBeVisible();
});
