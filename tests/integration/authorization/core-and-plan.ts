import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/permissions";

// Written out by hand, not derived from the permission table: this is what the product promises.
export const ALLOWED: Record<string, Role[]> = {
  "users.create": ["ADMIN"],
  "users.update": ["ADMIN"],
  "users.setActive": ["ADMIN"],
  "users.resetPassword": ["ADMIN"],
  "account.changePassword": [...ROLES],
  "departments.create": ["ADMIN"],
  "departments.update": ["ADMIN"],
  "plan.createProject": ["PROJECT_MANAGER"],
  "plan.importXlsx": ["PROJECT_MANAGER"],
  "plan.saveAsTemplate": ["PROJECT_MANAGER"],
  "plan.importTemplate": ["PROJECT_MANAGER"],
  "plan.updateTask": ["PROJECT_MANAGER"],
  "plan.addDependency": ["PROJECT_MANAGER"],
  "plan.removeDependency": ["PROJECT_MANAGER"],
  "plan.saveBaseline": ["PROJECT_MANAGER"],
  "plan.updateGateCriterion": ["PROJECT_MANAGER"],
  "plan.recordGateReview": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.startPhase": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.recordGoLive": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.decideDeliverable": ["EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "DATA_STEWARD"],
  // Everyone may try; the task's or item's ownership is checked on the record.
  "plan.reportProgress": [...ROLES],
  "plan.addComment": [...ROLES],
  "plan.submitDeliverable": [...ROLES],
  "plan.updateCutoverItem": [...ROLES],
};
