import "server-only";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { kickOutbox } from "@/server/jobs/queues";
import { ZRetryMessage } from "../schemas";

/**
 * A FAILED message starts over (after its cause was fixed, say a webhook URL): it goes out with the
 * next delivery, and if it fails again it is retried on the usual schedule, counted from when it was
 * first queued, so an old message gets its remaining attempts a minute apart.
 */
export const retryMessage = defineAction({
  name: "integrations.retryMessage",
  permission: "integrations.manage",
  input: ZRetryMessage,
  successMessage: "notifications.outbox.retryQueued",
  revalidate: ["/integrations"],
  async handler(input, { tx, audit }) {
    const m = await tx.outboundMessage.findUnique({ where: { id: input.id }, select: { id: true, status: true, channel: true, target: true, attempts: true } });
    if (!m) throw new ActionError("errors.notFound");
    if (m.status !== "FAILED") throw new ActionError("notifications.errors.notFailed");
    if (m.channel === "WEBHOOK" && !(await tx.webhookEndpoint.findUnique({ where: { id: m.target }, select: { id: true } }))) {
      throw new ActionError("notifications.errors.endpointGone");
    }
    const { count } = await tx.outboundMessage.updateMany({ where: { id: m.id, status: "FAILED" }, data: { status: "PENDING", attempts: 0 } });
    if (count === 0) throw new ActionError("notifications.errors.notFailed");
    await audit({ action: "retry", entityType: "OutboundMessage", entityId: m.id, before: { status: "FAILED", attempts: m.attempts }, after: { status: "PENDING" } });
    kickOutbox();
    return null;
  },
});
