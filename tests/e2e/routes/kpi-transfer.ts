import type { DemoRole } from "../support";

// KPI value transfer's pages and API routes, and the demo roles that get 200 (every other role gets 403).
const EVERYONE: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];
const MANAGERS: DemoRole[] = ["ADMIN", "PROJECT_MANAGER"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/kpis/import": MANAGERS,
  "/api/kpis/import-template?format=xlsx": MANAGERS,
  "/api/kpis/import-template?format=csv": MANAGERS,
  "/api/kpis": EVERYONE,
};
