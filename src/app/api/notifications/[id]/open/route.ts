import { redirect } from "next/navigation";
import { optionalId } from "@/lib/list-params";
import { openNotification } from "@/modules/notifications/inbox";
import { getActor } from "@/server/session";

/** Opening a notification marks it read and goes where it points (the issue). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const id = optionalId((await params).id);
  const link = id ? await openNotification(actor.id, id) : null;
  redirect(link ?? "/notifications");
}
