import type { Role } from "@/generated/prisma/enums";

// Filled in by the module: its actions and the roles that may run them, written out by hand.
export const ALLOWED: Record<string, Role[]> = {};
