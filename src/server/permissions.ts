import type { Role } from "@/generated/prisma/enums";

// The one table from role to permissions. Pages, server actions and API routes all ask `can()`;
// nothing else in the code compares role names. Later modules add their permissions here.
export const PERMISSIONS = [
  "home.view",
  "account.manage",
  "users.read",
  "users.manage",
  "departments.manage",
  "audit.read",
  // Rollout plan
  "plan.read",
  "plan.edit",
  "plan.task.progress",
  "plan.deliverable.decide",
  "plan.gate.decide",
  "plan.override",
  // Issues and hypercare support
  "issue.file",
  /** Also read the issues of one's own department (key users are department leads). */
  "issue.read.department",
  /** Read every issue, internal notes included. */
  "issue.read.all",
  /** Triage, assign, prioritise, move through the workflow, write internal notes, merge duplicates. */
  "issue.work",
  "support.dashboard",
  "support.report.send",
  /** Working calendars, SLA policies, support groups and routing rules. */
  "support.configure",
  "help.read",
  "help.write",
  /** API tokens and outbound webhooks. */
  "integrations.manage",
  // KPIs and dashboards
  /** See the KPI catalogue, KPI pages and one's role dashboard; pin KPIs to one's home. */
  "kpi.read",
  /** Define KPIs (targets, thresholds, owners), import values, enter any KPI's values. */
  "kpi.manage",
  /** Enter or push values of the KPIs one owns (ownership is checked per KPI). */
  "kpi.value.enter",
  /** The value-realization board with department and period filters, and its exports. */
  "dashboard.executive",
  /** Write the monthly review: summary, KPI comments, actions. */
  "report.monthly.edit",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"] as const satisfies readonly Role[];

// Everyone sees the plan and reports progress on the tasks they own (ownership is checked per task).
// Everyone may file an issue and read the help center; who sees which issue is decided per issue.
const EVERYONE: Permission[] = ["home.view", "account.manage", "plan.read", "plan.task.progress", "issue.file", "help.read", "kpi.read"];
const SUPPORT_DESK: Permission[] = ["issue.read.all", "issue.work", "support.dashboard"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    ...EVERYONE, "users.read", "users.manage", "departments.manage", "audit.read",
    "issue.read.all", "support.dashboard", "support.configure", "help.write", "integrations.manage",
    "kpi.manage", "kpi.value.enter", "dashboard.executive", "report.monthly.edit",
  ],
  EXECUTIVE: [
    ...EVERYONE, "users.read", "audit.read", "plan.deliverable.decide", "plan.gate.decide", "plan.override",
    "issue.read.all", "support.dashboard", "dashboard.executive",
  ],
  PROJECT_MANAGER: [
    ...EVERYONE, "users.read", "plan.edit", "plan.deliverable.decide", "plan.gate.decide",
    ...SUPPORT_DESK, "support.report.send", "help.write",
    "kpi.manage", "kpi.value.enter", "dashboard.executive", "report.monthly.edit",
  ],
  KEY_USER: [...EVERYONE, "plan.deliverable.decide", "issue.read.department"],
  SUPPORT: [...EVERYONE, "users.read", ...SUPPORT_DESK, "support.configure", "help.write", "support.report.send", "kpi.value.enter"],
  TRAINER: [...EVERYONE, "users.read", "help.write", "kpi.value.enter"],
  DATA_STEWARD: [...EVERYONE, "plan.deliverable.decide", "kpi.value.enter"],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** The roles holding a permission, for queries that pick people who may do something (e.g. own a KPI). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
