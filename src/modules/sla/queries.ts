import "server-only";
// Reads for the support settings pages. The lists are configuration (a handful of calendars, policies,
// groups and a few dozen rules), so they are read whole; the calendar's days are read one year at a time.
import { db } from "@/server/db";
import { env } from "@/server/env";
import { ActionError } from "@/server/errors";
import { STAFF_ROLES } from "./definitions/staff";
import { ruleStamp } from "./schemas";
import { loadRules, pickPolicy } from "./service";

export function listCalendars() {
  return db.workCalendar.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, name: true, timeZone: true, workDays: true, workStart: true, workEnd: true, lunchStart: true, lunchEnd: true,
      _count: { select: { days: true } },
      slaPolicies: { select: { code: true }, orderBy: { code: "asc" } },
    },
  });
}

export async function getCalendar(id: string, year: number) {
  const calendar = await db.workCalendar.findUnique({
    where: { id },
    include: {
      days: { where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }, orderBy: { date: "asc" } },
      slaPolicies: { select: { code: true }, orderBy: { code: "asc" } },
    },
  });
  if (!calendar) return null;
  const years = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT extract(year FROM date)::int AS year FROM "CalendarDay" WHERE "calendarId" = ${id}::uuid ORDER BY 1`;
  return { ...calendar, years: years.map((y) => y.year) };
}

/** A calendar's code and every one of its days, for the .xlsx export. */
export function calendarWithAllDays(calendarId: string) {
  return db.workCalendar.findUnique({ where: { id: calendarId }, select: { code: true, days: { orderBy: { date: "asc" } } } });
}

const POLICY_SELECT = {
  id: true, code: true, nameZh: true, nameEn: true, mode: true, calendarId: true, isDefault: true, validFrom: true, validTo: true,
  sameDayCutoffMinute: true, sameDayEndMinute: true, active: true, version: true,
  calendar: { select: { code: true, name: true, workStart: true, workEnd: true, lunchStart: true, lunchEnd: true } },
  targets: { orderBy: { priority: "asc" }, select: { priority: true, firstResponseMinutes: true, resolutionMinutes: true } },
  _count: { select: { issues: true } },
} as const;

export function listPolicies() {
  return db.slaPolicy.findMany({ orderBy: [{ isDefault: "desc" }, { active: "desc" }, { code: "asc" }], select: POLICY_SELECT });
}

export function getPolicy(id: string) {
  return db.slaPolicy.findUnique({ where: { id }, select: POLICY_SELECT });
}

/** The policy an issue filed at `at` would get, or null when none applies (no default). */
export async function policyInForce(at: Date) {
  try {
    const { id } = await pickPolicy(db, at);
    return getPolicy(id);
  } catch (err) {
    if (err instanceof ActionError) return null;
    throw err;
  }
}

export function loadPolicyRules(id: string) {
  return loadRules(db, id);
}

export function listGroups() {
  return db.supportGroup.findMany({
    orderBy: [{ active: "desc" }, { code: "asc" }],
    select: {
      id: true, code: true, nameZh: true, nameEn: true, active: true,
      lead: { select: { id: true, name: true } },
      members: { select: { user: { select: { id: true, name: true, active: true } } }, orderBy: { user: { name: "asc" } } },
      _count: { select: { routingRules: true } },
    },
  });
}

export function getGroup(id: string) {
  return db.supportGroup.findUnique({
    where: { id },
    select: {
      id: true, code: true, nameZh: true, nameEn: true, leadId: true, active: true, version: true,
      lead: { select: { id: true, name: true } },
      members: { select: { user: { select: { id: true, name: true, email: true, role: true, active: true } } }, orderBy: { user: { name: "asc" } } },
      routingRules: { select: { module: true, type: true, assigneeId: true }, orderBy: { position: "asc" } },
    },
  });
}

/** Active people who work issues: candidates for leads, members and assignees. */
export function supportStaff() {
  return db.user.findMany({ where: { active: true, role: { in: STAFF_ROLES } }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}

export async function listRoutingRules() {
  const rules = await db.routingRule.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, position: true, module: true, type: true, groupId: true, assigneeId: true,
      group: { select: { code: true, nameZh: true, nameEn: true, active: true, members: { select: { userId: true } } } },
      assignee: { select: { name: true, active: true } },
    },
  });
  // A rule never matches when an earlier rule of its module covers every type it covers.
  return rules.map((rule, index) => {
    const shadow = rules.slice(0, index).find((r) => r.module === rule.module && r.group.active && (r.type === null || r.type === rule.type));
    return { ...rule, stamp: ruleStamp(rule), row: index + 1, shadowedBy: shadow ? rules.indexOf(shadow) + 1 : null, last: index === rules.length - 1 };
  });
}

/** Modules that no rule routes (issues there wait unassigned). */
export async function unroutedModules(all: readonly string[]) {
  const routed = await db.routingRule.findMany({ where: { type: null, group: { active: true } }, select: { module: true }, distinct: ["module"] });
  const covered = new Set(routed.map((r) => r.module as string));
  return all.filter((m) => !covered.has(m));
}

export const portalTimeZone = () => env().PORTAL_TIME_ZONE;
