import "server-only";
import type { DefinedAction } from "@/server/action";
import * as departments from "./departments/definitions";
import * as dashboards from "./dashboards/definitions";
import * as help from "./help/definitions";
import * as kpi from "./kpi/definitions";
import * as kpiTransfer from "./kpi/transfer/definitions";
import * as metrics from "./metrics/definitions";
import * as issues from "./issues/definitions";
import * as notifications from "./notifications/definitions";
import * as plan from "./plan/definitions";
import * as planTransfer from "./plan/transfer/definitions";
import * as sla from "./sla/definitions";
import * as support from "./support/definitions";
import * as users from "./users/definitions";

/** Every server action of the portal, for the authorization matrix test. Modules add theirs here. */
export const ALL_ACTIONS: DefinedAction<unknown>[] = [
  ...Object.values(users),
  ...Object.values(departments),
  ...Object.values(plan),
  ...Object.values(planTransfer),
  ...Object.values(issues),
  ...Object.values(sla),
  ...Object.values(notifications),
  ...Object.values(help),
  ...Object.values(support),
  ...Object.values(kpi),
  ...Object.values(kpiTransfer),
  ...Object.values(metrics),
  ...Object.values(dashboards),
] as DefinedAction<unknown>[];
