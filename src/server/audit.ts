import type { Tx } from "./db";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditMeta {
  actorId: string | null;
  actorEmail: string | null;
  requestId?: string | null;
  ip?: string | null;
}

const SECRET_KEYS = new Set(["passwordHash", "password", "token", "tokenHash", "secret"]);

/** JSON-safe copy without secrets: dates as ISO strings, bigints as strings, secrets masked. */
export function auditSnapshot(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.has(k) ? "***" : auditSnapshot(v)]),
    );
  }
  return value;
}

/** Appends one entry in the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, meta: AuditMeta, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: meta.actorId,
      actorEmail: meta.actorEmail,
      requestId: meta.requestId ?? null,
      ip: meta.ip ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: (auditSnapshot(entry.before) ?? undefined) as never,
      after: (auditSnapshot(entry.after) ?? undefined) as never,
    },
  });
}
