import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/modules/auth/password";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { ZChangeOwnPassword, ZCreateUser, ZResetPassword, ZSetUserActive, ZUpdateUser } from "./schemas";

const PUBLIC_FIELDS = { id: true, email: true, name: true, role: true, departmentId: true, active: true, version: true } as const;

async function findUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!user) throw new ActionError("errors.notFound");
  return user;
}

async function assertDepartmentUsable(tx: Tx, departmentId: string) {
  const dept = await tx.department.findUnique({ where: { id: departmentId } });
  if (!dept || !dept.active) throw new ActionError("errors.users.departmentUnavailable", {}, "departmentId");
}

/** Writes only if nobody saved the row since the form was loaded; otherwise refuses. */
async function updateVersioned(tx: Tx, id: string, version: number, data: Prisma.UserUpdateManyMutationInput & { departmentId?: string }) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return tx.user.findUniqueOrThrow({ where: { id }, select: PUBLIC_FIELDS });
}

// The portal must always keep someone who can manage users.
async function assertNotLastAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new ActionError("errors.users.lastAdmin");
}

export const createUser = defineAction({
  name: "users.create",
  permission: "users.manage",
  input: ZCreateUser,
  successMessage: "users.created",
  revalidate: ["/users"],
  async handler(input, { tx, audit }) {
    if (await tx.user.findUnique({ where: { email: input.email } })) throw new ActionError("errors.users.emailTaken", {}, "email");
    await assertDepartmentUsable(tx, input.departmentId);
    const { password, ...rest } = input;
    const user = await tx.user.create({ data: { ...rest, passwordHash: await hashPassword(password) }, select: PUBLIC_FIELDS });
    await audit({ action: "create", entityType: "User", entityId: user.id, after: user });
    return { id: user.id };
  },
});

export const updateUser = defineAction({
  name: "users.update",
  permission: "users.manage",
  input: ZUpdateUser,
  successMessage: "users.saved",
  revalidate: ["/users"],
  async handler(input, { tx, audit }) {
    const before = await findUser(tx, input.id);
    if (before.role === "ADMIN" && input.role !== "ADMIN") await assertNotLastAdmin(tx, input.id);
    if (input.departmentId !== before.departmentId) await assertDepartmentUsable(tx, input.departmentId);
    const after = await updateVersioned(tx, input.id, input.version, { name: input.name, role: input.role, departmentId: input.departmentId });
    await audit({ action: "update", entityType: "User", entityId: input.id, before, after });
    return { version: after.version };
  },
});

export const setUserActive = defineAction({
  name: "users.setActive",
  permission: "users.manage",
  input: ZSetUserActive,
  revalidate: ["/users"],
  async handler(input, { tx, actor, audit }) {
    const before = await findUser(tx, input.id);
    if (!input.active) {
      if (input.id === actor.id) throw new ActionError("errors.users.cannotDeactivateSelf");
      if (before.role === "ADMIN") await assertNotLastAdmin(tx, input.id);
    }
    // Deactivation bumps sessionVersion so the user's open sessions stop working on their next request.
    const after = await updateVersioned(tx, input.id, input.version, {
      active: input.active,
      ...(input.active ? {} : { sessionVersion: { increment: 1 } }),
    });
    await audit({ action: input.active ? "activate" : "deactivate", entityType: "User", entityId: input.id, before, after });
    return { version: after.version };
  },
});

export const resetPassword = defineAction({
  name: "users.resetPassword",
  permission: "users.manage",
  input: ZResetPassword,
  successMessage: "users.passwordReset",
  revalidate: ["/users"],
  async handler(input, { tx, audit }) {
    await findUser(tx, input.id);
    const after = await updateVersioned(tx, input.id, input.version, {
      passwordHash: await hashPassword(input.password),
      sessionVersion: { increment: 1 },
    });
    await audit({ action: "resetPassword", entityType: "User", entityId: input.id, after: { passwordHash: "changed", version: after.version } });
    return { version: after.version };
  },
});

export const changeOwnPassword = defineAction({
  name: "account.changePassword",
  permission: "account.manage",
  input: ZChangeOwnPassword,
  successMessage: "account.passwordChanged",
  async handler(input, { tx, actor, audit }) {
    // Row lock: two password changes at once must not both pass the current-password check.
    const [me] = await tx.$queryRaw<{ passwordHash: string }[]>`SELECT "passwordHash" FROM "User" WHERE id = ${actor.id}::uuid FOR UPDATE`;
    if (!me || !(await verifyPassword(input.currentPassword, me.passwordHash))) {
      throw new ActionError("errors.password.currentWrong", {}, "currentPassword");
    }
    // Other sessions keep working: this user chose the change; an admin reset revokes them instead.
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.newPassword), version: { increment: 1 } } });
    await audit({ action: "changePassword", entityType: "User", entityId: actor.id, after: { passwordHash: "changed" } });
    return null;
  },
});
