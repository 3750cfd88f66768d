import type { Role } from "@/generated/prisma/enums";

// The sla module's actions and the roles that may run them, written out by hand: the support
// configuration (calendars, SLA policies, groups, routing) belongs to administrators and support.
const CONFIGURE: Role[] = ["ADMIN", "SUPPORT"];

export const ALLOWED: Record<string, Role[]> = {
  "sla.createCalendar": CONFIGURE,
  "sla.updateCalendar": CONFIGURE,
  "sla.deleteCalendar": CONFIGURE,
  "sla.addCalendarDay": CONFIGURE,
  "sla.removeCalendarDay": CONFIGURE,
  "sla.loadHolidayPreset": CONFIGURE,
  "sla.importCalendarDays": CONFIGURE,
  "sla.createPolicy": CONFIGURE,
  "sla.updatePolicy": CONFIGURE,
  "sla.updateTargets": CONFIGURE,
  "sla.createGroup": CONFIGURE,
  "sla.updateGroup": CONFIGURE,
  "sla.addGroupMember": CONFIGURE,
  "sla.removeGroupMember": CONFIGURE,
  "sla.createRoutingRule": CONFIGURE,
  "sla.updateRoutingRule": CONFIGURE,
  "sla.moveRoutingRule": CONFIGURE,
  "sla.deleteRoutingRule": CONFIGURE,
};
