import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/permissions";

// The notifications module's actions and the roles that may run them, written out by hand.
export const ALLOWED: Record<string, Role[]> = {
  // Everyone reads their own notifications (ownership is checked per notification).
  "notifications.markRead": [...ROLES],
  "notifications.markAllRead": [...ROLES],
  "integrations.createToken": ["ADMIN"],
  "integrations.revokeToken": ["ADMIN"],
  "integrations.createWebhook": ["ADMIN"],
  "integrations.updateWebhook": ["ADMIN"],
  "integrations.setWebhookActive": ["ADMIN"],
  "integrations.deleteWebhook": ["ADMIN"],
  "integrations.testWebhook": ["ADMIN"],
  "integrations.retryMessage": ["ADMIN"],
};
