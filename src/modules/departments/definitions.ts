import "server-only";
import { defineAction } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { ZCreateDepartment, ZUpdateDepartment } from "./schemas";

const FIELDS = { id: true, code: true, nameZh: true, nameEn: true, active: true, version: true } as const;

export const createDepartment = defineAction({
  name: "departments.create",
  permission: "departments.manage",
  input: ZCreateDepartment,
  successMessage: "departments.created",
  revalidate: ["/departments", "/users"],
  async handler(input, { tx, audit }) {
    if (await tx.department.findUnique({ where: { code: input.code } })) throw new ActionError("errors.departments.codeTaken", {}, "code");
    const dept = await tx.department.create({ data: input, select: FIELDS });
    await audit({ action: "create", entityType: "Department", entityId: dept.id, after: dept });
    return { id: dept.id };
  },
});

export const updateDepartment = defineAction({
  name: "departments.update",
  permission: "departments.manage",
  input: ZUpdateDepartment,
  successMessage: "departments.saved",
  revalidate: ["/departments", "/users"],
  async handler(input, { tx, audit }) {
    const before = await tx.department.findUnique({ where: { id: input.id }, select: FIELDS });
    if (!before) throw new ActionError("errors.notFound");
    const { id, version, ...data } = input;
    const { count } = await tx.department.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const after = await tx.department.findUniqueOrThrow({ where: { id }, select: FIELDS });
    await audit({ action: "update", entityType: "Department", entityId: id, before, after });
    return { version: after.version };
  },
});
