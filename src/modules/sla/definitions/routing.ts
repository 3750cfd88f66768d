import "server-only";
import type { z } from "zod";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { ruleStamp, ZCreateRoutingRule, ZDeleteRoutingRule, ZMoveRoutingRule, ZUpdateRoutingRule } from "../schemas";

const REVALIDATE = ["/support/settings"];
const RULE_FIELDS = { id: true, position: true, module: true, type: true, groupId: true, assigneeId: true } as const;

/** The rule, locked: moves swap two positions and must not interleave with another move. */
async function lockRule(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "RoutingRule" WHERE id = ${id}::uuid FOR UPDATE`;
  const rule = await tx.routingRule.findUnique({ where: { id }, select: RULE_FIELDS });
  if (!rule) throw new ActionError("errors.notFound");
  return rule;
}

/** The group must take issues, and a named assignee must belong to it. */
async function assertTarget(tx: Tx, input: Pick<z.output<typeof ZCreateRoutingRule>, "groupId" | "assigneeId">) {
  const group = await tx.supportGroup.findUnique({ where: { id: input.groupId }, select: { active: true } });
  if (!group || !group.active) throw new ActionError("sla.errors.groupUnavailable", {}, "groupId");
  if (input.assigneeId) {
    const member = await tx.supportGroupMember.findUnique({ where: { groupId_userId: { groupId: input.groupId, userId: input.assigneeId } }, include: { user: { select: { active: true } } } });
    if (!member || !member.user.active) throw new ActionError("sla.errors.assigneeNotMember", {}, "assigneeId");
  }
}

export const createRoutingRule = defineAction({
  name: "sla.createRoutingRule",
  permission: "support.configure",
  input: ZCreateRoutingRule,
  successMessage: "sla.routing.created",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    await assertTarget(tx, input);
    // Serialise appends so two new rules never share a position.
    await tx.$executeRaw`LOCK TABLE "RoutingRule" IN SHARE ROW EXCLUSIVE MODE`;
    const last = await tx.routingRule.aggregate({ _max: { position: true } });
    const rule = await tx.routingRule.create({ data: { ...input, position: (last._max.position ?? 0) + 1 }, select: RULE_FIELDS });
    await audit({ action: "create", entityType: "RoutingRule", entityId: rule.id, after: rule });
    return { id: rule.id };
  },
});

export const updateRoutingRule = defineAction({
  name: "sla.updateRoutingRule",
  permission: "support.configure",
  input: ZUpdateRoutingRule,
  successMessage: "sla.saved",
  revalidate: REVALIDATE,
  async handler({ id, stamp, ...data }, { tx, audit }) {
    const before = await lockRule(tx, id);
    if (ruleStamp(before) !== stamp) throw new ConflictError();
    await assertTarget(tx, data);
    const after = await tx.routingRule.update({ where: { id }, data, select: RULE_FIELDS });
    await audit({ action: "update", entityType: "RoutingRule", entityId: id, before, after });
    return { stamp: ruleStamp(after) };
  },
});

export const moveRoutingRule = defineAction({
  name: "sla.moveRoutingRule",
  permission: "support.configure",
  input: ZMoveRoutingRule,
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    await tx.$executeRaw`LOCK TABLE "RoutingRule" IN SHARE ROW EXCLUSIVE MODE`;
    const rule = await lockRule(tx, input.id);
    if (rule.position !== input.position) throw new ConflictError();
    const up = input.direction === "up";
    const neighbour = await tx.routingRule.findFirst({
      where: { position: up ? { lt: rule.position } : { gt: rule.position } },
      orderBy: [{ position: up ? "desc" : "asc" }, { createdAt: up ? "desc" : "asc" }],
      select: { id: true, position: true },
    });
    if (!neighbour) throw new ActionError(up ? "sla.errors.alreadyFirst" : "sla.errors.alreadyLast");
    await tx.routingRule.update({ where: { id: rule.id }, data: { position: neighbour.position } });
    await tx.routingRule.update({ where: { id: neighbour.id }, data: { position: rule.position } });
    await audit({ action: "move", entityType: "RoutingRule", entityId: rule.id, before: { position: rule.position }, after: { position: neighbour.position } });
    return null;
  },
});

export const deleteRoutingRule = defineAction({
  name: "sla.deleteRoutingRule",
  permission: "support.configure",
  input: ZDeleteRoutingRule,
  successMessage: "sla.routing.deleted",
  revalidate: REVALIDATE,
  async handler({ id, stamp }, { tx, audit }) {
    const before = await lockRule(tx, id);
    if (ruleStamp(before) !== stamp) throw new ConflictError();
    await tx.routingRule.delete({ where: { id } });
    await audit({ action: "delete", entityType: "RoutingRule", entityId: id, before });
    return null;
  },
});
