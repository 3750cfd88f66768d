import type { DemoRole } from "../support";

const EVERYONE: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];

// The notifications module's pages and API routes, and the demo roles that get 200 (every other role gets 403).
export const ROUTES: Record<string, DemoRole[]> = {
  "/notifications": EVERYONE,
  "/api/notifications/unread-count": EVERYONE,
  "/integrations": ["ADMIN"],
  "/integrations/webhooks": ["ADMIN"],
  "/integrations/outbox": ["ADMIN"],
  "/api/notifications/outbox/export": ["ADMIN"],
};
