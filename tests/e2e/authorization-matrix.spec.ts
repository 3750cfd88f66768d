import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, type DemoRole } from "./support";
import { ROUTES as issues } from "./routes/issues";
import { ROUTES as sla } from "./routes/sla";
import { ROUTES as notifications } from "./routes/notifications";
import { ROUTES as help } from "./routes/help";
import { ROUTES as support } from "./routes/support";
import { ROUTES as kpi } from "./routes/kpi";
import { ROUTES as kpiTransfer } from "./routes/kpi-transfer";
import { ROUTES as metrics } from "./routes/metrics";
import { ROUTES as dashboards } from "./routes/dashboards";

// Every (role × protected route) pair over HTTP: 200 where allowed, 403 where refused.
const CORE_ROUTES: Record<string, DemoRole[]> = {
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

// Modules list their routes under ./routes/.
const ROUTES = { ...CORE_ROUTES, ...issues, ...sla, ...notifications, ...help, ...support, ...kpi, ...kpiTransfer, ...metrics, ...dashboards };

for (const role of Object.keys(DEMO_LOGINS) as DemoRole[]) {
  test(`route matrix for ${role}`, async ({ page }) => {
    await signIn(page, DEMO_LOGINS[role]);
    for (const [route, allowed] of Object.entries(ROUTES)) {
      const response = await page.request.get(route, { maxRedirects: 0 });
      expect(response.status(), `${role} ${route}`).toBe(allowed.includes(role) ? 200 : 403);
    }
  });
}
