import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/permissions";

// The issues module's actions and the roles that may run them, written out by hand.
const DESK: Role[] = ["PROJECT_MANAGER", "SUPPORT"];
export const ALLOWED: Record<string, Role[]> = {
  // Everyone files issues; who may touch which issue is checked on the issue itself.
  "issues.file": [...ROLES],
  "issues.fileViaApi": [...ROLES],
  "issues.comment": [...ROLES],
  "issues.watch": [...ROLES],
  "issues.confirm": [...ROLES],
  "issues.reopen": [...ROLES],
  "issues.rate": [...ROLES],
  "issues.assign": DESK,
  "issues.setPriority": DESK,
  "issues.transition": DESK,
  "issues.markDuplicate": DESK,
};
