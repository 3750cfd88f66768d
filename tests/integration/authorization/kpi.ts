import type { Role } from "@/generated/prisma/enums";

// The KPI catalogue's actions and the roles that may run them, written out by hand:
// admins and project managers define KPIs; the value-entering roles may enter values (per KPI: its owner,
// or a KPI manager); everyone may pin KPIs to their own home.
const MANAGERS: Role[] = ["ADMIN", "PROJECT_MANAGER"];
const VALUE_ENTERERS: Role[] = ["ADMIN", "PROJECT_MANAGER", "SUPPORT", "TRAINER", "DATA_STEWARD"];
const EVERYONE: Role[] = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"];

export const ALLOWED: Record<string, Role[]> = {
  "kpi.create": MANAGERS,
  "kpi.update": MANAGERS,
  "kpi.setActive": MANAGERS,
  "kpi.value.enter": VALUE_ENTERERS,
  "kpi.value.delete": VALUE_ENTERERS,
  "kpi.pin": EVERYONE,
  "kpi.unpin": EVERYONE,
};
