import type { DemoRole } from "../support";

// The sla module's pages and API routes, and the demo roles that get 200 (every other role gets 403).
// Detail pages (/support/settings/<section>/<id>) check the same permission; their ids are not known here.
const CONFIGURE: DemoRole[] = ["ADMIN", "SUPPORT"];

export const ROUTES: Record<string, DemoRole[]> = {
  "/support/settings": CONFIGURE,
  "/support/settings/calendars": CONFIGURE,
  "/support/settings/policies": CONFIGURE,
  "/support/settings/groups": CONFIGURE,
  "/support/settings/routing": CONFIGURE,
};
