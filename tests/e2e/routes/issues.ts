import type { DemoRole } from "../support";

// The issues module's pages and API routes, and the demo roles that get 200 (every other role gets 403).
const EVERYONE: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];
export const ROUTES: Record<string, DemoRole[]> = {
  "/issues": EVERYONE,
  "/issues/new": EVERYONE,
  "/api/issues": EVERYONE,
  "/api/issues/export": EVERYONE,
};
