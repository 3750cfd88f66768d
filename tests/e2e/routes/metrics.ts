import type { DemoRole } from "../support";

// Filled in by the module: its pages and API routes, and the demo roles that get 200 (all others 403).
export const ROUTES: Record<string, DemoRole[]> = {};
