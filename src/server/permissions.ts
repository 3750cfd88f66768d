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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"] as const satisfies readonly Role[];

// Everyone sees the plan and reports progress on the tasks they own (ownership is checked per task).
// Everyone may file an issue and read the help center; who sees which issue is decided per issue.
const EVERYONE: Permission[] = ["home.view", "account.manage", "plan.read", "plan.task.progress", "issue.file", "help.read"];
const SUPPORT_DESK: Permission[] = ["issue.read.all", "issue.work", "support.dashboard"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    ...EVERYONE, "users.read", "users.manage", "departments.manage", "audit.read",
    "issue.read.all", "support.dashboard", "support.configure", "help.write", "integrations.manage",
  ],
  EXECUTIVE: [
    ...EVERYONE, "users.read", "audit.read", "plan.deliverable.decide", "plan.gate.decide", "plan.override",
    "issue.read.all", "support.dashboard",
  ],
  PROJECT_MANAGER: [
    ...EVERYONE, "users.read", "plan.edit", "plan.deliverable.decide", "plan.gate.decide",
    ...SUPPORT_DESK, "support.report.send", "help.write",
  ],
  KEY_USER: [...EVERYONE, "plan.deliverable.decide", "issue.read.department"],
  SUPPORT: [...EVERYONE, "users.read", ...SUPPORT_DESK, "support.configure", "help.write", "support.report.send"],
  TRAINER: [...EVERYONE, "users.read", "help.write"],
  DATA_STEWARD: [...EVERYONE, "plan.deliverable.decide"],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
