import type { Role } from "@/generated/prisma/enums";

// KPI value transfer: the file import is for those who manage KPIs; the REST push for everyone who
// enters values (per KPI the action then requires ownership or kpi.manage, see kpi-transfer-api.test.ts).
export const ALLOWED: Record<string, Role[]> = {
  "kpiTransfer.import": ["ADMIN", "PROJECT_MANAGER"],
  "kpiTransfer.push": ["ADMIN", "PROJECT_MANAGER", "SUPPORT", "TRAINER", "DATA_STEWARD"],
};
