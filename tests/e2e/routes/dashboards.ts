import type { DemoRole } from "../support";

// The value dashboard, its export and the monthly review: executives, project managers and admins
// (dashboard.executive); every other role gets 403.
const BOARD: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/dashboard": BOARD,
  "/dashboard?period=quarter": BOARD,
  "/api/dashboard/export": BOARD,
  "/reports/monthly": BOARD,
  "/reports/monthly/2026-01": BOARD,
};
