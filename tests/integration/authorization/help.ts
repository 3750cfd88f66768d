import type { Role } from "@/generated/prisma/enums";

// The help module's actions and the roles that may run them, written out by hand: the support desk,
// the project manager, trainers and admins write the help center; everyone else reads it.
const WRITERS: Role[] = ["ADMIN", "PROJECT_MANAGER", "SUPPORT", "TRAINER"];

export const ALLOWED: Record<string, Role[]> = {
  "help.create": WRITERS,
  "help.update": WRITERS,
  "help.setStatus": WRITERS,
  "help.createFromIssue": WRITERS,
  "help.linkIssue": WRITERS,
  "help.unlinkIssue": WRITERS,
};
