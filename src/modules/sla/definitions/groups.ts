import "server-only";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { ZCreateGroup, ZGroupMember, ZUpdateGroup } from "../schemas";
import { assertSupportStaff } from "./staff";

const REVALIDATE = ["/support/settings"];
const GROUP_FIELDS = { id: true, code: true, nameZh: true, nameEn: true, leadId: true, active: true, version: true } as const;

async function findGroup(tx: Tx, id: string) {
  const group = await tx.supportGroup.findUnique({ where: { id }, select: GROUP_FIELDS });
  if (!group) throw new ActionError("errors.notFound");
  return group;
}

export const createGroup = defineAction({
  name: "sla.createGroup",
  permission: "support.configure",
  input: ZCreateGroup,
  successMessage: "sla.groups.created",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    if (await tx.supportGroup.findUnique({ where: { code: input.code } })) throw new ActionError("sla.errors.codeTaken", {}, "code");
    if (input.leadId) await assertSupportStaff(tx, input.leadId, "leadId");
    // The lead works the group's queue too, so the lead starts out as a member.
    const group = await tx.supportGroup.create({
      data: { ...input, members: input.leadId ? { create: { userId: input.leadId } } : undefined },
      select: GROUP_FIELDS,
    });
    await audit({ action: "create", entityType: "SupportGroup", entityId: group.id, after: group });
    return { id: group.id };
  },
});

export const updateGroup = defineAction({
  name: "sla.updateGroup",
  permission: "support.configure",
  input: ZUpdateGroup,
  successMessage: "sla.saved",
  revalidate: REVALIDATE,
  async handler({ id, version, ...data }, { tx, audit }) {
    const before = await findGroup(tx, id);
    if (data.leadId && data.leadId !== before.leadId) await assertSupportStaff(tx, data.leadId, "leadId");
    const { count } = await tx.supportGroup.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    // As on creation, a new lead joins the group's queue.
    if (data.leadId && data.leadId !== before.leadId) await tx.supportGroupMember.createMany({ data: [{ groupId: id, userId: data.leadId }], skipDuplicates: true });
    const after = await findGroup(tx, id);
    await audit({ action: "update", entityType: "SupportGroup", entityId: id, before, after });
    return { version: after.version };
  },
});

export const addGroupMember = defineAction({
  name: "sla.addGroupMember",
  permission: "support.configure",
  input: ZGroupMember,
  successMessage: "sla.groups.memberAdded",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    await findGroup(tx, input.groupId);
    await assertSupportStaff(tx, input.userId, "userId");
    const key = { groupId_userId: input };
    if (await tx.supportGroupMember.findUnique({ where: key })) throw new ActionError("sla.errors.alreadyMember", {}, "userId");
    await tx.supportGroupMember.create({ data: input });
    await audit({ action: "addMember", entityType: "SupportGroup", entityId: input.groupId, after: { userId: input.userId } });
    return null;
  },
});

export const removeGroupMember = defineAction({
  name: "sla.removeGroupMember",
  permission: "support.configure",
  input: ZGroupMember,
  successMessage: "sla.groups.memberRemoved",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    await findGroup(tx, input.groupId);
    const key = { groupId_userId: input };
    if (!(await tx.supportGroupMember.findUnique({ where: key }))) throw new ActionError("errors.notFound");
    // Routing must not send issues to someone outside the group: change those rules first.
    const routed = await tx.routingRule.count({ where: { groupId: input.groupId, assigneeId: input.userId } });
    if (routed > 0) throw new ActionError("sla.errors.memberRouted", { count: routed });
    await tx.supportGroupMember.delete({ where: key });
    await audit({ action: "removeMember", entityType: "SupportGroup", entityId: input.groupId, before: { userId: input.userId } });
    return null;
  },
});
