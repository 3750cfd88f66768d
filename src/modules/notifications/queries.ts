import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { OutboundChannel, OutboundStatus } from "@/generated/prisma/enums";
import { first } from "@/lib/list-params";
import { db } from "@/server/db";
import { KIND_GROUPS, type KindGroup } from "./kinds";

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export interface InboxFilter {
  unreadOnly: boolean;
  group?: KindGroup;
  /** Matches the issue's title or its number (ISS-12 or 12). */
  q: string;
}

export function parseInboxFilter(raw: Record<string, string | string[] | undefined>, q: string): InboxFilter {
  const group = first(raw.group);
  return { unreadOnly: first(raw.show) === "unread", group: group === "issue" || group === "sla" ? group : undefined, q };
}

function inboxWhere(userId: string, f: InboxFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`"userId" = ${userId}::uuid`];
  if (f.unreadOnly) parts.push(Prisma.sql`"readAt" IS NULL`);
  if (f.group) parts.push(Prisma.sql`kind = ANY(${[...KIND_GROUPS[f.group]]}::text[])`);
  if (f.q) {
    const number = /^(?:ISS-)?(\d{1,9})$/i.exec(f.q)?.[1];
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(number ? Prisma.sql`(params->>'number' = ${number} OR params->>'title' ILIKE ${like})` : Prisma.sql`params->>'title' ILIKE ${like}`);
  }
  return Prisma.join(parts, " AND ");
}

export interface InboxRow {
  id: string;
  kind: string;
  params: unknown;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/** Unread first, then newest first; paginated in the database. */
export async function listNotifications(userId: string, f: InboxFilter, page: number, pageSize: number) {
  const where = inboxWhere(userId, f);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<InboxRow[]>`
      SELECT id, kind, params, link, "readAt", "createdAt" FROM "Notification"
      WHERE ${where}
      ORDER BY ("readAt" IS NULL) DESC, "createdAt" DESC, id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Notification" WHERE ${where}`,
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function listTokens(page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db.apiToken.findMany({
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, prefix: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdAt: true, user: { select: { name: true, email: true, active: true } } },
    }),
    db.apiToken.count(),
  ]);
  return { rows, total };
}

/** People a token can act for: active users. */
export function tokenUsers() {
  return db.user.findMany({ where: { active: true }, orderBy: [{ name: "asc" }], select: { id: true, name: true, email: true, role: true } });
}

export function listWebhooks() {
  return db.webhookEndpoint.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const satisfies readonly OutboundStatus[];
export const OUTBOX_CHANNELS = ["EMAIL", "WEBHOOK"] as const satisfies readonly OutboundChannel[];

export interface OutboxFilter {
  status?: OutboundStatus;
  channel?: OutboundChannel;
  /** Matches the recipient address or the subject. */
  q: string;
}

export function parseOutboxFilter(raw: Record<string, string | string[] | undefined>, q: string): OutboxFilter {
  const status = first(raw.status);
  const channel = first(raw.channel);
  return {
    status: (OUTBOX_STATUSES as readonly string[]).includes(status ?? "") ? (status as OutboundStatus) : undefined,
    channel: (OUTBOX_CHANNELS as readonly string[]).includes(channel ?? "") ? (channel as OutboundChannel) : undefined,
    q,
  };
}

function outboxWhere(f: OutboxFilter): Prisma.OutboundMessageWhereInput {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.q ? { OR: [{ target: { contains: f.q, mode: "insensitive" } }, { subject: { contains: f.q, mode: "insensitive" } }] } : {}),
  };
}

const OUTBOX_SELECT = { id: true, channel: true, target: true, subject: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true } as const;

/** Newest first; webhook targets come back with their endpoint's name. */
export async function listOutbox(f: OutboxFilter, page: number, pageSize: number, take?: number) {
  const [rows, total, endpoints] = await Promise.all([
    db.outboundMessage.findMany({ where: outboxWhere(f), orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: take ? 0 : (page - 1) * pageSize, take: take ?? pageSize, select: OUTBOX_SELECT }),
    db.outboundMessage.count({ where: outboxWhere(f) }),
    db.webhookEndpoint.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(endpoints.map((e) => [e.id, e.name]));
  return { rows: rows.map((r) => ({ ...r, endpointName: r.channel === "WEBHOOK" ? (names.get(r.target) ?? null) : null })), total };
}

export async function outboxCounts() {
  const groups = await db.outboundMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const of = (s: OutboundStatus) => groups.find((g) => g.status === s)?._count._all ?? 0;
  return { pending: of("PENDING"), failed: of("FAILED"), sent: of("SENT") };
}
