import type { DemoRole } from "../support";

// The support module's pages and API routes, and the demo roles that get 200 (every other role gets 403).
const DASHBOARD: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "SUPPORT"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/support": DASHBOARD,
  "/support?weeks=4&module=FINANCE": DASHBOARD,
  "/support/daily-report": DASHBOARD,
  "/api/support/export": DASHBOARD,
  "/api/support/daily-report/export": DASHBOARD,
};
