import { unreadCount } from "@/modules/notifications/queries";
import { requireApiPermission } from "@/server/api";

/** The bell's number, polled by the header while the page stays open. */
export async function GET() {
  const guard = await requireApiPermission("home.view");
  if ("response" in guard) return guard.response;
  return Response.json({ unread: await unreadCount(guard.actor.id) }, { headers: { "cache-control": "no-store" } });
}
