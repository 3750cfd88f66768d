import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, type DemoRole } from "./support";

// Every (role × protected route) pair over HTTP: 200 where allowed, 403 where refused.
const ROUTES: Record<string, DemoRole[]> = {
  "/": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"],
  "/account": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"],
  "/users": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "SUPPORT", "TRAINER"],
  "/users/new": ["ADMIN"],
  "/departments": ["ADMIN"],
  "/audit": ["ADMIN", "EXECUTIVE"],
  "/api/users/export": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "SUPPORT", "TRAINER"],
  "/api/audit/export": ["ADMIN", "EXECUTIVE"],
  "/plan": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"],
  "/plan/my": ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"],
};

for (const role of Object.keys(DEMO_LOGINS) as DemoRole[]) {
  test(`route matrix for ${role}`, async ({ page }) => {
    await signIn(page, DEMO_LOGINS[role]);
    for (const [route, allowed] of Object.entries(ROUTES)) {
      const response = await page.request.get(route, { maxRedirects: 0 });
      expect(response.status(), `${role} ${route}`).toBe(allowed.includes(role) ? 200 : 403);
    }
  });
}
