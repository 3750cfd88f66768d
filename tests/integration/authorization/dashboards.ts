import type { Role } from "@/generated/prisma/enums";

// The monthly review (月度回顾) is edited by the project manager and admins; executives read it.
const EDITORS: Role[] = ["ADMIN", "PROJECT_MANAGER"];

export const ALLOWED: Record<string, Role[]> = {
  "dashboards.saveReview": EDITORS,
  "dashboards.addAction": EDITORS,
  "dashboards.updateAction": EDITORS,
  "dashboards.removeAction": EDITORS,
};
