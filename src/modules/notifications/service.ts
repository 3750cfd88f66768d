import "server-only";
import { createHash } from "node:crypto";
import { toLocale } from "@/i18n/config";
import type { Tx } from "@/server/db";
import { env } from "@/server/env";
import { kickOutbox } from "@/server/jobs/queues";
import type { NotificationKind, NotificationParams } from "./kinds";
import { absoluteLink, safeLocalPath } from "./links";
import { smtpConfigured } from "./mailer";
import { looseTranslator, renderNotification } from "./render";

export interface NotifyInput {
  userIds: string[];
  kind: NotificationKind;
  params?: NotificationParams;
  issueId?: string;
  /** A path inside the portal, e.g. `/issues/<id>` (defaults to the issue's page). */
  link?: string;
  /** The same key twice never notifies the same person twice (per user, across calls and instances). */
  dedupeKey: string;
  /** Also by e-mail when SMTP is configured (default true). */
  email?: boolean;
}

/** OutboundMessage.dedupeKey holds 200 characters; longer keys are replaced by their hash. */
function outboxKey(key: string): string {
  return key.length <= 200 ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

// Serialises writers of one dedupe key until their transactions end, so the "already notified?"
// check below cannot race (two instances, two sweeps, a double-clicked form).
async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(20264, hashtext(${key}))`;
}

/**
 * Notifies people inside the caller's transaction: a portal notification each (the bell), and an
 * e-mail each through the outbox when SMTP is configured, in the recipient's language. Inactive
 * users are skipped; a dedupeKey already used for a user is skipped for that user.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<void> {
  const ids = [...new Set(input.userIds.filter(Boolean))];
  if (ids.length === 0) return;
  await lockKey(tx, input.dedupeKey);
  const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, email: true, locale: true } });
  if (users.length === 0) return;
  const already = await tx.notification.findMany({
    where: { userId: { in: users.map((u) => u.id) }, params: { path: ["dedupeKey"], equals: input.dedupeKey } },
    select: { userId: true },
  });
  const done = new Set(already.map((n) => n.userId));
  const fresh = users.filter((u) => !done.has(u.id));
  if (fresh.length === 0) return;

  const link = safeLocalPath(input.link) ?? (input.issueId ? `/issues/${input.issueId}` : null);
  const params = { ...input.params, dedupeKey: input.dedupeKey };
  await tx.notification.createMany({
    data: fresh.map((u) => ({ userId: u.id, kind: input.kind, params, issueId: input.issueId ?? null, link })),
  });

  if (input.email === false || !smtpConfigured()) return;
  const timeZone = env().PORTAL_TIME_ZONE;
  const { count } = await tx.outboundMessage.createMany({
    skipDuplicates: true,
    data: fresh.map((u) => {
      const locale = toLocale(u.locale);
      const t = looseTranslator(locale);
      const { title, body } = renderNotification(locale, timeZone, input.kind, params);
      const text = [body, link ? t("notifications.email.open", { url: absoluteLink(link) }) : null, t("notifications.email.footer")].filter(Boolean).join("\n\n");
      return { dedupeKey: outboxKey(`${input.dedupeKey}:${u.id}:email`), channel: "EMAIL" as const, target: u.email, subject: title.slice(0, 300), body: text };
    }),
  });
  if (count > 0) kickOutbox();
}

export interface BroadcastInput {
  subject: string;
  /** Markdown; each chat tool gets the closest form it renders. */
  markdown: string;
  dedupeKey: string;
}

/** Queues one webhook message per active endpoint (team chats); returns how many were queued. */
export async function broadcast(tx: Tx, input: BroadcastInput): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const { count } = await tx.outboundMessage.createMany({
    skipDuplicates: true,
    data: endpoints.map((e) => ({
      dedupeKey: outboxKey(`${input.dedupeKey}:${e.id}`),
      channel: "WEBHOOK" as const,
      target: e.id,
      subject: input.subject.slice(0, 300),
      body: input.markdown,
    })),
  });
  if (count > 0) kickOutbox();
  return count;
}
