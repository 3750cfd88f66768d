import "server-only";
import type { z } from "zod";
import type { IssuePriority } from "@/generated/prisma/enums";
import { defineAction, type ActionContext } from "@/server/action";
import type { Tx } from "@/server/db";
import { env } from "@/server/env";
import { ActionError, ConflictError } from "@/server/errors";
import { PRIORITIES } from "../priority";
import { ZCreatePolicy, ZUpdatePolicy, ZUpdateTargets } from "../schemas";
import { windowFromDays } from "../window";

const REVALIDATE = ["/support/settings"];
const MAX_TARGET = 366 * 24 * 60;
const POLICY_FIELDS = {
  id: true, code: true, nameZh: true, nameEn: true, mode: true, calendarId: true, isDefault: true, validFrom: true, validTo: true,
  sameDayCutoffMinute: true, sameDayEndMinute: true, active: true, version: true,
  targets: { select: { priority: true, firstResponseMinutes: true, resolutionMinutes: true }, orderBy: { priority: "asc" } },
} as const;

async function findPolicy(tx: Tx, id: string) {
  const policy = await tx.slaPolicy.findUnique({ where: { id }, select: POLICY_FIELDS });
  if (!policy) throw new ActionError("errors.notFound");
  return policy;
}

type PolicyInput = Omit<z.output<typeof ZUpdatePolicy>, "id" | "version">;

/** The checks that tie a policy's fields together, then its columns as stored. */
async function policyData(tx: Tx, input: PolicyInput, selfId: string | null) {
  if (input.mode === "BUSINESS" && !input.calendarId) throw new ActionError("sla.errors.calendarRequired", {}, "calendarId");
  if (input.calendarId && !(await tx.workCalendar.findUnique({ where: { id: input.calendarId } }))) throw new ActionError("errors.notFound", {}, "calendarId");

  if ((input.validFrom === null) !== (input.validTo === null)) throw new ActionError("sla.errors.windowIncomplete", {}, input.validFrom ? "validTo" : "validFrom");
  const window = input.validFrom && input.validTo ? windowFromDays(env().PORTAL_TIME_ZONE, input.validFrom, input.validTo) : null;
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) throw new ActionError("sla.errors.endBeforeStart", {}, "validTo");

  if ((input.sameDayCutoff === null) !== (input.sameDayEnd === null)) throw new ActionError("sla.errors.overnightIncomplete", {}, input.sameDayCutoff === null ? "sameDayCutoff" : "sameDayEnd");
  if (input.sameDayCutoff !== null && input.sameDayEnd !== null) {
    if (input.mode !== "WALL_CLOCK") throw new ActionError("sla.errors.overnightWallClock", {}, "sameDayCutoff");
    if (input.sameDayCutoff >= 1440) throw new ActionError("errors.field.invalid", {}, "sameDayCutoff");
    if (input.sameDayEnd <= input.sameDayCutoff) throw new ActionError("sla.errors.overnightOrder", {}, "sameDayEnd");
  }

  if (input.isDefault && !input.active) throw new ActionError("sla.errors.defaultInactive", {}, "active");
  if (input.isDefault && window) throw new ActionError("sla.errors.defaultWindow", {}, "validFrom");
  if (window && input.active) {
    const clash = await tx.slaPolicy.findFirst({
      where: { active: true, id: selfId ? { not: selfId } : undefined, validFrom: { lt: window.validTo }, validTo: { gt: window.validFrom } },
      select: { code: true },
    });
    if (clash) throw new ActionError("sla.errors.windowOverlap", { code: clash.code }, "validFrom");
  }
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    mode: input.mode,
    calendarId: input.calendarId,
    isDefault: input.isDefault,
    active: input.active,
    validFrom: window?.validFrom ?? null,
    validTo: window?.validTo ?? null,
    sameDayCutoffMinute: input.sameDayCutoff,
    sameDayEndMinute: input.sameDayEnd,
  };
}

type TargetInput = Record<`fr_${IssuePriority}` | `res_${IssuePriority}`, number>;

function targetRows(input: TargetInput) {
  return PRIORITIES.map((priority) => {
    const fr = input[`fr_${priority}`];
    const res = input[`res_${priority}`];
    for (const [field, value] of [[`fr_${priority}`, fr], [`res_${priority}`, res]] as const) {
      if (value <= 0) throw new ActionError("sla.errors.targetPositive", {}, field);
      if (value > MAX_TARGET) throw new ActionError("sla.errors.targetTooLong", {}, field);
    }
    if (res < fr) throw new ActionError("sla.errors.resolutionBeforeResponse", {}, `res_${priority}`);
    return { priority, firstResponseMinutes: fr, resolutionMinutes: res };
  });
}

/** Only one default: making a policy the default takes the flag from the others (each audited). */
async function takeDefaultFromOthers(ctx: ActionContext, selfId: string) {
  const others = await ctx.tx.slaPolicy.findMany({ where: { isDefault: true, id: { not: selfId } }, select: { id: true, code: true } });
  for (const other of others) {
    await ctx.tx.slaPolicy.update({ where: { id: other.id }, data: { isDefault: false, version: { increment: 1 } } });
    await ctx.audit({ action: "unsetDefault", entityType: "SlaPolicy", entityId: other.id, before: { isDefault: true }, after: { isDefault: false, replacedBy: selfId } });
  }
}

export const createPolicy = defineAction({
  name: "sla.createPolicy",
  permission: "support.configure",
  input: ZCreatePolicy,
  successMessage: "sla.policies.created",
  revalidate: REVALIDATE,
  async handler(input, ctx) {
    if (await ctx.tx.slaPolicy.findUnique({ where: { code: input.code } })) throw new ActionError("sla.errors.codeTaken", {}, "code");
    const data = await policyData(ctx.tx, input, null);
    const targets = targetRows(input);
    const { id } = await ctx.tx.slaPolicy.create({ data: { code: input.code, ...data, targets: { create: targets } }, select: { id: true } });
    if (data.isDefault) await takeDefaultFromOthers(ctx, id);
    await ctx.audit({ action: "create", entityType: "SlaPolicy", entityId: id, after: await findPolicy(ctx.tx, id) });
    return { id };
  },
});

export const updatePolicy = defineAction({
  name: "sla.updatePolicy",
  permission: "support.configure",
  input: ZUpdatePolicy,
  successMessage: "sla.saved",
  revalidate: REVALIDATE,
  async handler({ id, version, ...input }, ctx) {
    const before = await findPolicy(ctx.tx, id);
    // The portal always needs a fallback: the default flag moves by making another policy the default.
    if (before.isDefault && !input.isDefault) throw new ActionError("sla.errors.defaultRequired", {}, "isDefault");
    const data = await policyData(ctx.tx, input, id);
    const { count } = await ctx.tx.slaPolicy.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    if (data.isDefault && !before.isDefault) await takeDefaultFromOthers(ctx, id);
    const after = await findPolicy(ctx.tx, id);
    await ctx.audit({ action: "update", entityType: "SlaPolicy", entityId: id, before, after });
    return { version: after.version };
  },
});

/** New targets apply to issues filed from now on and when an issue's clock is next recomputed. */
export const updateTargets = defineAction({
  name: "sla.updateTargets",
  permission: "support.configure",
  input: ZUpdateTargets,
  successMessage: "sla.policies.targetsSaved",
  revalidate: REVALIDATE,
  async handler(input, ctx) {
    const before = await findPolicy(ctx.tx, input.id);
    const targets = targetRows(input);
    const { count } = await ctx.tx.slaPolicy.updateMany({ where: { id: input.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    for (const t of targets) {
      await ctx.tx.slaTarget.upsert({
        where: { policyId_priority: { policyId: input.id, priority: t.priority } },
        create: { policyId: input.id, ...t },
        update: { firstResponseMinutes: t.firstResponseMinutes, resolutionMinutes: t.resolutionMinutes },
      });
    }
    const after = await findPolicy(ctx.tx, input.id);
    await ctx.audit({ action: "updateTargets", entityType: "SlaPolicy", entityId: input.id, before: before.targets, after: after.targets });
    return { version: after.version };
  },
});
