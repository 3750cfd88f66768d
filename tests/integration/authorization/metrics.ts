import type { Role } from "@/generated/prisma/enums";

// The metrics module's one action and the roles that may run it, written out by hand: recomputing the
// dashboards' figures is for those who manage KPIs (admins and project managers).
export const ALLOWED: Record<string, Role[]> = {
  "metrics.recompute": ["ADMIN", "PROJECT_MANAGER"],
};
