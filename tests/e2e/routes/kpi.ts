import type { DemoRole } from "../support";

// The KPI catalogue's pages and API routes, and the demo roles that get 200 (every other role gets 403).
// Pages of one KPI need an id: tests/e2e/kpi-catalogue.spec.ts covers them (and 404 for unknown ids).
const EVERYONE: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];
const MANAGERS: DemoRole[] = ["ADMIN", "PROJECT_MANAGER"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/kpis": EVERYONE,
  "/kpis?status=RED&freq=MONTHLY&state=all&sort=status&dir=desc": EVERYONE,
  "/kpis/new": MANAGERS,
  "/api/kpis/export": EVERYONE,
};
