import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, signOut, type DemoRole } from "./support";

// What each role's navigation shows (zh-CN), its home's test id, and a page of another role it
// must be refused. Written out by hand: this is the product's promise, not a copy of the code's table.
const EXPECTED: Record<DemoRole, { nav: string[]; refused?: string }> = {
  ADMIN: { nav: ["首页", "价值看板", "上线计划", "问题工单", "KPI 指标", "帮助中心", "支持看板", "SLA 与分派", "集成", "用户", "部门", "审计日志", "我的账户"] },
  EXECUTIVE: { nav: ["首页", "价值看板", "上线计划", "问题工单", "KPI 指标", "帮助中心", "支持看板", "用户", "审计日志", "我的账户"], refused: "/departments" },
  PROJECT_MANAGER: { nav: ["首页", "价值看板", "上线计划", "问题工单", "KPI 指标", "帮助中心", "支持看板", "用户", "我的账户"], refused: "/audit" },
  KEY_USER: { nav: ["首页", "上线计划", "问题工单", "KPI 指标", "帮助中心", "我的账户"], refused: "/support" },
  SUPPORT: { nav: ["首页", "上线计划", "问题工单", "KPI 指标", "帮助中心", "支持看板", "SLA 与分派", "用户", "我的账户"], refused: "/users/new" },
  TRAINER: { nav: ["首页", "上线计划", "问题工单", "KPI 指标", "帮助中心", "用户", "我的账户"], refused: "/support" },
  DATA_STEWARD: { nav: ["首页", "上线计划", "问题工单", "KPI 指标", "帮助中心", "我的账户"], refused: "/integrations" },
};
const EN_NAV: Record<string, string> = { 首页: "Home", 上线计划: "Rollout plan", 用户: "Users", 部门: "Departments", 审计日志: "Audit log", 我的账户: "My account",
  问题工单: "Issues", 价值看板: "Value dashboard", "KPI 指标": "KPIs", 帮助中心: "Help center", 支持看板: "Support desk", "SLA 与分派": "SLA & routing", 集成: "Integrations",
};

for (const [role, expected] of Object.entries(EXPECTED) as [DemoRole, (typeof EXPECTED)[DemoRole]][]) {
  test(`${role}: signs in, sees own navigation and home, is refused others' pages, switches language, signs out`, async ({ page }) => {
    // The CSP nonce must reach Next's own scripts: a violation would leave the page without JavaScript.
    const violations: string[] = [];
    page.on("console", (m) => m.type() === "error" && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await signIn(page, DEMO_LOGINS[role]);
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId(`home-${role}`)).toBeVisible();
    await expect(page.getByTestId("main-nav").getByRole("link")).toHaveText(expected.nav);

    if (expected.refused) {
      const response = await page.goto(expected.refused);
      expect(response?.status()).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("无权访问");
    }

    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByTestId("main-nav").getByRole("link")).toHaveText(expected.nav.map((n) => EN_NAV[n]));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.getByTestId("main-nav").getByRole("link").first()).toHaveText("首页");

    expect(violations).toEqual([]);
    await signOut(page);
    const after = await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(after?.status()).toBe(200);
  });
}

test("every page but login needs a session", async ({ page, request }) => {
  for (const path of ["/", "/users", "/departments", "/audit", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
  expect((await request.get("/api/users/export", { maxRedirects: 0 })).status()).toBe(401);
  expect((await request.get("/api/health")).status()).toBe(200);
});
