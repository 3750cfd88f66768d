import type { Role } from "@/generated/prisma/enums";

// The support module's actions and the roles that may run them, written out by hand.
export const ALLOWED: Record<string, Role[]> = {
  // Sending the 每日系统运行监控报告 is the PM's and the support desk's job; executives receive it.
  "support.sendDailyReport": ["PROJECT_MANAGER", "SUPPORT"],
};
