import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { OutboundChannel } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import { logger } from "@/server/logger";
import { sendMail } from "./mailer";
import { afterFailure, MAX_ATTEMPTS, RETRY_AFTER_MINUTES } from "./retry";
import { webhookPayload, webhookResponseError } from "./webhook-formats";

interface Claimed {
  id: string;
  channel: OutboundChannel;
  target: string;
  subject: string;
  body: string;
  attempts: number;
}

const WEBHOOK_TIMEOUT_MS = 10_000;
// Constants only: the schedule as an SQL array literal, indexed by attempts made (1-based in SQL).
const SCHEDULE_SQL = Prisma.raw(`(ARRAY[${RETRY_AFTER_MINUTES.join(",")}])[LEAST(attempts, ${MAX_ATTEMPTS - 1}) + 1]`);
const PARALLEL = 3;

/** Posts one message to a chat webhook; throws with a readable reason when it is not accepted. */
export async function postWebhook(endpoint: { format: Parameters<typeof webhookPayload>[0]; url: string }, subject: string, markdown: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(webhookPayload(endpoint.format, subject, markdown)),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError") throw new Error(`no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`);
    throw new Error(e.cause?.code ?? e.cause?.message ?? e.message);
  }
  const problem = webhookResponseError(endpoint.format, response.status, await response.text().catch(() => ""));
  if (problem) throw new Error(problem);
}

async function send(tx: Tx, m: Claimed): Promise<void> {
  if (m.channel === "EMAIL") return sendMail({ to: m.target, subject: m.subject, text: m.body });
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: m.target } });
  if (!endpoint) throw new PermanentError("webhook endpoint deleted");
  if (!endpoint.active) throw new PermanentError("webhook endpoint disabled");
  return postWebhook(endpoint, m.subject, m.body);
}

/** A failure that retrying cannot fix. */
class PermanentError extends Error {}

/**
 * Claims the next due message and sends it, holding its row lock until the outcome is written:
 * other instances skip a locked row, so no message goes out twice.
 */
async function deliverOne(now: Date, skip: string[]): Promise<"sent" | "retry" | "failed" | null> {
  return db.$transaction(
    async (tx) => {
      const [m] = await tx.$queryRaw<Claimed[]>`
        SELECT id, channel, target, subject, body, attempts FROM "OutboundMessage"
        WHERE status = 'PENDING'
          AND "createdAt" + make_interval(mins => ${SCHEDULE_SQL}) <= ${now}
          AND NOT (id = ANY(${skip}::uuid[]))
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!m) return null;
      skip.push(m.id);
      try {
        await send(tx, m);
        await tx.outboundMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
        return "sent";
      } catch (err) {
        const permanent = err instanceof PermanentError;
        const status = permanent ? "FAILED" : afterFailure(m.attempts);
        const lastError = ((err as Error).message || String(err)).slice(0, 1000);
        await tx.outboundMessage.update({ where: { id: m.id }, data: { status, attempts: { increment: 1 }, lastError } });
        logger().warn({ outboundMessage: m.id, channel: m.channel, attempts: m.attempts + 1, status, lastError }, "outbound message not delivered");
        return status === "FAILED" ? "failed" : "retry";
      }
    },
    { timeout: 60_000 },
  );
}

/**
 * Sends up to `limit` due messages (PENDING and past their retry time): e-mail over SMTP, webhooks
 * by POST. A failure is retried after 1, 5, 15 and 60 minutes; after 5 attempts it is FAILED and
 * keeps the last error for the integrations page.
 */
export async function deliverOutbox(limit = 50, now: Date = new Date()): Promise<{ processed: number; sent: number; retrying: number; failed: number }> {
  const tally = { processed: 0, sent: 0, retrying: 0, failed: 0 };
  let budget = limit;
  // Tried once in this run already: a failure waits for its retry time, even if that has passed.
  const seen: string[] = [];
  async function lane() {
    while (budget > 0) {
      budget--;
      const outcome = await deliverOne(now, seen);
      if (!outcome) return;
      tally.processed++;
      if (outcome === "sent") tally.sent++;
      else if (outcome === "retry") tally.retrying++;
      else tally.failed++;
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, Math.max(limit, 0)) }, lane));
  return tally;
}
