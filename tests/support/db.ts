import { db } from "@/server/db";
import { hashPassword } from "@/modules/auth/password";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/session";
import type { RequestMeta } from "@/server/action";

export { db };

export const META: RequestMeta = { locale: "en", requestId: "test-request", ip: "127.0.0.1" };

/** Empties the tables a test touches (TRUNCATE bypasses the audit log's row triggers on purpose). */
export async function resetDatabase(): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "AuditLog", "LoginAttempt", "User", "Department" RESTART IDENTITY CASCADE`);
}

let counter = 0;
export async function makeDepartment(code = `dept${++counter}`) {
  return db.department.create({ data: { code, nameZh: `部门${code}`, nameEn: `Dept ${code}` } });
}

export async function makeUser(role: Role, options: { departmentId?: string; password?: string; email?: string; active?: boolean } = {}) {
  const departmentId = options.departmentId ?? (await makeDepartment()).id;
  const n = ++counter;
  return db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}${n}@test.local`,
      name: `${role} ${n}`,
      role,
      departmentId,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "Passw0rd-test"),
    },
  });
}

export function actorOf(user: { id: string; email: string; name: string; role: Role; departmentId: string }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, departmentId: user.departmentId };
}
