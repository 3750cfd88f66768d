import "server-only";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { can, ROLES } from "@/server/permissions";

/** Roles that work issues: only they can lead a group, be a member or be routed to. */
export const STAFF_ROLES = ROLES.filter((r) => can(r, "issue.work"));

export async function assertSupportStaff(tx: Tx, userId: string, field: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, role: true } });
  if (!user || !user.active || !can(user.role, "issue.work")) throw new ActionError("sla.errors.notSupportStaff", {}, field);
}
