import "server-only";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { ZMarkAllRead, ZMarkRead } from "../schemas";

// Reading one's own notifications changes no business record, so these write no audit entry:
// the audit log would otherwise fill with every click on the bell.

export const markNotificationRead = defineAction({
  name: "notifications.markRead",
  permission: "home.view",
  input: ZMarkRead,
  revalidate: ["/notifications"],
  async handler(input, { tx, actor }) {
    const n = await tx.notification.findUnique({ where: { id: input.id }, select: { userId: true, readAt: true } });
    // Someone else's notification is answered like a missing one.
    if (!n || n.userId !== actor.id) throw new ActionError("errors.notFound");
    if (!n.readAt) await tx.notification.update({ where: { id: input.id }, data: { readAt: new Date() } });
    return null;
  },
});

export const markAllNotificationsRead = defineAction({
  name: "notifications.markAllRead",
  permission: "home.view",
  input: ZMarkAllRead,
  successMessage: "notifications.inbox.allMarked",
  revalidate: ["/notifications"],
  async handler(input, { tx, actor }) {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, createdAt: { lte: new Date(input.before) } },
      data: { readAt: new Date() },
    });
    return { count };
  },
});
