import "server-only";
import { db } from "@/server/db";

export function listDepartments(options: { activeOnly?: boolean } = {}) {
  return db.department.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameZh: true, nameEn: true, active: true, version: true, _count: { select: { users: { where: { active: true } } } } },
  });
}

export function getDepartment(id: string) {
  return db.department.findUnique({ where: { id } });
}

export function departmentName(d: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "en" ? d.nameEn : d.nameZh;
}
