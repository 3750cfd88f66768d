import type { DemoRole } from "../support";

// The help module's pages and API routes, and the demo roles that get 200 (every other role gets 403).
const EVERYONE: DemoRole[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];
const WRITERS: DemoRole[] = ["ADMIN", "PROJECT_MANAGER", "SUPPORT", "TRAINER"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/help": EVERYONE,
  "/help/faq-guide": EVERYONE,
  "/help/new": WRITERS,
  "/api/help/suggest?q=BOM": EVERYONE,
  "/api/help/faq-guide/markdown": EVERYONE,
  "/api/help/export": WRITERS,
};
