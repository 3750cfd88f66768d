import type { ErpModule, IssueImpact, IssuePriority, IssueStatus, IssueType, IssueUrgency } from "@/generated/prisma/enums";

// Enumerations in the order people read them in forms and filters.
export const ERP_MODULES = [
  "SALES", "PURCHASING", "WAREHOUSE", "PRODUCTION", "ENGINEERING", "FINANCE", "HR", "QUALITY", "SYSTEM",
] as const satisfies readonly ErpModule[];
export const ISSUE_TYPES = ["QUESTION", "DEFECT", "DATA", "CHANGE_REQUEST", "ACCESS"] as const satisfies readonly IssueType[];
export const IMPACTS = ["BLOCKING", "DEGRADED", "MINOR"] as const satisfies readonly IssueImpact[];
export const URGENCIES = ["HIGH", "MEDIUM", "LOW"] as const satisfies readonly IssueUrgency[];
export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const satisfies readonly IssuePriority[];
export const STATUSES = [
  "NEW", "TRIAGED", "IN_PROGRESS", "WAITING_FOR_REPORTER", "REOPENED", "RESOLVED", "CLOSED", "DUPLICATE",
] as const satisfies readonly IssueStatus[];

/** Statuses in which someone still owes the reporter something. */
export const OPEN_STATUSES = ["NEW", "TRIAGED", "IN_PROGRESS", "WAITING_FOR_REPORTER", "REOPENED"] as const satisfies readonly IssueStatus[];
export function isOpen(status: IssueStatus): boolean {
  return (OPEN_STATUSES as readonly IssueStatus[]).includes(status);
}

export const MAX_ATTACHMENTS = 5;
export const MAX_DESCRIPTION = 20_000;

export function issueKey(number: number): string {
  return `ISS-${number}`;
}
