import { expect, type Page } from "@playwright/test";

// The seeded demo company (prisma/seed/demo-company.ts): one login per role.
export const DEMO_PASSWORD = "HdChem@2026";
export const DEMO_LOGINS = {
  ADMIN: "admin@demo.hdchem.cn",
  EXECUTIVE: "exec@demo.hdchem.cn",
  PROJECT_MANAGER: "pm@demo.hdchem.cn",
  KEY_USER: "keyuser@demo.hdchem.cn",
  SUPPORT: "support@demo.hdchem.cn",
  TRAINER: "trainer@demo.hdchem.cn",
  DATA_STEWARD: "steward@demo.hdchem.cn",
} as const;
export type DemoRole = keyof typeof DEMO_LOGINS;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/邮箱|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByTestId("main-nav").or(page.getByTestId("login-error"))).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login/);
}
