import { z } from "zod";
import { DAY_KINDS, ERP_MODULES, ISSUE_TYPES, SLA_MODES } from "./constants";
import { parseClock, parseDuration } from "./format";
import { PRIORITIES } from "./priority";

// Shared by the settings forms (field names) and the actions (validation). Rules that compare fields
// (end after start, overlapping windows …) live in the handlers, which name the field they refuse.

const ZId = z.uuid();
const ZVersion = z.coerce.number().int().positive();
const ZOptionalId = z.union([ZId, z.literal("")]).optional().transform((v) => (v ? v : null));
export const ZDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "errors.field.date" }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { message: "errors.field.date" });
const ZOptionalDay = z.union([ZDay, z.literal("")]).optional().transform((v) => (v ? v : null));
const ZCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, { message: "errors.plan.codeFormat" }).transform((v) => v.toUpperCase());
const ZCheckbox = z.union([z.boolean(), z.enum(["on", "true", "false", ""])]).optional().transform((v) => v === true || v === "on" || v === "true");

const clock = (v: string, ctx: z.RefinementCtx) => {
  const minutes = parseClock(v);
  if (minutes === null) ctx.addIssue({ code: "custom", message: "errors.field.invalid" });
  return minutes ?? 0;
};
const ZClock = z.string().trim().min(1).transform(clock);
const ZOptionalClock = z.string().trim().optional().transform((v, ctx) => (v ? clock(v, ctx) : null));

const ZDuration = z.string().trim().min(1).transform((v, ctx) => {
  const minutes = parseDuration(v);
  if (minutes === null) ctx.addIssue({ code: "custom", message: "errors.field.invalid" });
  return minutes ?? 0;
});

// ── Working calendars ──
const calendarFields = {
  name: z.string().trim().min(1).max(120),
  timeZone: z.string().trim().min(1).max(64),
  workDays: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number))].sort())
    .pipe(z.array(z.number().int().min(1).max(7))),
  workStart: ZClock,
  workEnd: ZClock,
  lunchStart: ZOptionalClock,
  lunchEnd: ZOptionalClock,
};
export const ZCreateCalendar = z.object({ code: ZCode, ...calendarFields });
export const ZUpdateCalendar = z.object({ id: ZId, version: ZVersion, ...calendarFields });
export const ZDeleteCalendar = z.object({ id: ZId, version: ZVersion });
export const ZAddCalendarDay = z.object({ calendarId: ZId, date: ZDay, kind: z.enum(DAY_KINDS), name: z.string().trim().min(1).max(80) });
export const ZRemoveCalendarDay = z.object({ calendarId: ZId, date: ZDay });
export const ZLoadHolidayPreset = z.object({ calendarId: ZId, year: z.coerce.number().int().min(2000).max(2100) });
export const ZImportCalendarDays = z.object({ calendarId: ZId, text: z.string().trim().min(1).max(20_000) });

// ── SLA policies ──
const targetFields = Object.fromEntries(PRIORITIES.flatMap((p) => [[`fr_${p}`, ZDuration], [`res_${p}`, ZDuration]])) as Record<`fr_${"P1" | "P2" | "P3" | "P4"}` | `res_${"P1" | "P2" | "P3" | "P4"}`, typeof ZDuration>;
const policyFields = {
  nameZh: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  mode: z.enum(SLA_MODES),
  calendarId: ZOptionalId,
  isDefault: ZCheckbox,
  active: ZCheckbox,
  validFrom: ZOptionalDay,
  validTo: ZOptionalDay,
  sameDayCutoff: ZOptionalClock,
  sameDayEnd: ZOptionalClock,
};
export const ZCreatePolicy = z.object({ code: ZCode, ...policyFields, ...targetFields });
export const ZUpdatePolicy = z.object({ id: ZId, version: ZVersion, ...policyFields });
export const ZUpdateTargets = z.object({ id: ZId, version: ZVersion, ...targetFields });

// ── Support groups ──
const groupFields = { nameZh: z.string().trim().min(1).max(80), nameEn: z.string().trim().min(1).max(80), leadId: ZOptionalId };
export const ZCreateGroup = z.object({ code: ZCode, ...groupFields });
export const ZUpdateGroup = z.object({ id: ZId, version: ZVersion, ...groupFields, active: ZCheckbox });
export const ZGroupMember = z.object({ groupId: ZId, userId: ZId });

// ── Routing rules ──
const ruleFields = {
  module: z.enum(ERP_MODULES),
  type: z.union([z.enum(ISSUE_TYPES), z.literal("")]).optional().transform((v) => (v ? v : null)),
  groupId: ZId,
  assigneeId: ZOptionalId,
};
export const ZCreateRoutingRule = z.object(ruleFields);
/** Rules have no version column: `stamp` is the rule as the form saw it (see ruleStamp). */
export const ZUpdateRoutingRule = z.object({ id: ZId, stamp: z.string().min(1).max(400), ...ruleFields });
export const ZMoveRoutingRule = z.object({ id: ZId, direction: z.enum(["up", "down"]), position: z.coerce.number().int() });
export const ZDeleteRoutingRule = z.object({ id: ZId, stamp: z.string().min(1).max(400) });

/** A rule's content as one string, compared on save so a rule changed meanwhile is not overwritten. */
export function ruleStamp(rule: { position: number; module: string; type: string | null; groupId: string; assigneeId: string | null }): string {
  return [rule.position, rule.module, rule.type ?? "", rule.groupId, rule.assigneeId ?? ""].join("|");
}
