import "server-only";
import { db } from "@/server/db";

/** Active people per department: who is on board, at a glance. */
export async function activeUsersByDepartment() {
  const departments = await db.department.findMany({
    where: { active: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameZh: true, nameEn: true, _count: { select: { users: { where: { active: true } } } } },
  });
  return departments.map((d) => ({ ...d, count: d._count.users }));
}

/** Sign-ins in the last 7 days ÷ active users: the seeds' "user activity" measure, from day one. */
export async function weeklyActivity() {
  const since = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const [activeUsers, signedIn] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: true, lastLoginAt: { gte: since } } }),
  ]);
  return { activeUsers, signedIn };
}
