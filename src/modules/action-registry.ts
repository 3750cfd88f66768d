import "server-only";
import type { DefinedAction } from "@/server/action";
import * as departments from "./departments/definitions";
import * as plan from "./plan/definitions";
import * as planTransfer from "./plan/transfer/definitions";
import * as users from "./users/definitions";

/** Every server action of the portal, for the authorization matrix test. Modules add theirs here. */
export const ALL_ACTIONS: DefinedAction<unknown>[] = [
  ...Object.values(users),
  ...Object.values(departments),
  ...Object.values(plan),
  ...Object.values(planTransfer),
] as DefinedAction<unknown>[];
