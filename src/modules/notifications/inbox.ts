import "server-only";
import { db } from "@/server/db";
import { safeLocalPath } from "./links";

/** Marks one of the user's notifications read; its link, or null when it is not theirs or has none. */
export async function openNotification(userId: string, id: string): Promise<string | null> {
  const n = await db.notification.findUnique({ where: { id }, select: { userId: true, link: true, readAt: true } });
  if (!n || n.userId !== userId) return null;
  if (!n.readAt) await db.notification.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
  return safeLocalPath(n.link);
}
