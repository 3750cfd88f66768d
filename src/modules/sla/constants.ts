import type { CalendarDayKind, ErpModule, IssueType, SlaMode } from "@/generated/prisma/enums";

// The enums as lists, in the order the settings pages show them.
export const ERP_MODULES = ["SALES", "PURCHASING", "WAREHOUSE", "PRODUCTION", "ENGINEERING", "FINANCE", "HR", "QUALITY", "SYSTEM"] as const satisfies readonly ErpModule[];
export const ISSUE_TYPES = ["QUESTION", "DEFECT", "DATA", "CHANGE_REQUEST", "ACCESS"] as const satisfies readonly IssueType[];
export const SLA_MODES = ["BUSINESS", "WALL_CLOCK"] as const satisfies readonly SlaMode[];
export const DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const satisfies readonly CalendarDayKind[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
