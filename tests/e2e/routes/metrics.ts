import type { DemoRole } from "../support";

// The metrics module has no pages or API routes of its own: dashboards and the KPI pages read its
// figures (their routes are listed by their modules). Kept so the route matrix stays complete.
export const ROUTES: Record<string, DemoRole[]> = {};
