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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["ADMIN", "EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "SUPPORT", "TRAINER", "DATA_STEWARD"] as const satisfies readonly Role[];

// Everyone sees the plan and reports progress on the tasks they own (ownership is checked per task).
const EVERYONE: Permission[] = ["home.view", "account.manage", "plan.read", "plan.task.progress"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [...EVERYONE, "users.read", "users.manage", "departments.manage", "audit.read"],
  EXECUTIVE: [...EVERYONE, "users.read", "audit.read", "plan.deliverable.decide", "plan.gate.decide", "plan.override"],
  PROJECT_MANAGER: [...EVERYONE, "users.read", "plan.edit", "plan.deliverable.decide", "plan.gate.decide"],
  KEY_USER: [...EVERYONE, "plan.deliverable.decide"],
  SUPPORT: [...EVERYONE, "users.read"],
  TRAINER: [...EVERYONE, "users.read"],
  DATA_STEWARD: [...EVERYONE, "plan.deliverable.decide"],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
