import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { first, optionalId } from "@/lib/list-params";
import { isRole } from "@/server/permissions";

export const USER_SORTS = ["name", "email", "role", "department", "lastLoginAt", "createdAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserFilter {
  q: string;
  role?: Role;
  departmentId?: string;
  status?: "active" | "inactive";
}

export function parseUserFilter(raw: Record<string, string | string[] | undefined>, q: string): UserFilter {
  const role = first(raw.role);
  const status = first(raw.status);
  return {
    q,
    role: isRole(role) ? role : undefined,
    departmentId: optionalId(raw.department),
    status: status === "active" || status === "inactive" ? status : undefined,
  };
}

function where(f: UserFilter): Prisma.UserWhereInput {
  return {
    ...(f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q, mode: "insensitive" } }] } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.status ? { active: f.status === "active" } : {}),
  };
}

function orderBy(sort: UserSort, dir: "asc" | "desc"): Prisma.UserOrderByWithRelationInput[] {
  const primary: Prisma.UserOrderByWithRelationInput =
    sort === "department" ? { department: { code: dir } } : sort === "lastLoginAt" ? { lastLoginAt: { sort: dir, nulls: "last" } } : { [sort]: dir };
  return [primary, { id: "asc" }];
}

const LIST_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  department: { select: { code: true, nameZh: true, nameEn: true } },
} as const;

export async function listUsers(f: UserFilter, sort: UserSort, dir: "asc" | "desc", page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db.user.findMany({ where: where(f), orderBy: orderBy(sort, dir), skip: (page - 1) * pageSize, take: pageSize, select: LIST_SELECT }),
    db.user.count({ where: where(f) }),
  ]);
  return { rows, total };
}

/** Every matching row, for the Excel export (bounded: the directory of one company). */
export function exportUsers(f: UserFilter, sort: UserSort, dir: "asc" | "desc") {
  return db.user.findMany({ where: where(f), orderBy: orderBy(sort, dir), take: 50_000, select: LIST_SELECT });
}

export function getUser(id: string) {
  return db.user.findUnique({
    where: { id },
    select: { ...LIST_SELECT, departmentId: true, version: true, updatedAt: true },
  });
}

export function countUsersByRole() {
  return db.user.groupBy({ by: ["role", "active"], _count: { _all: true } });
}
