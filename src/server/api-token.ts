import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "./db";
import type { Actor } from "./session";

// Tokens for the REST API. A token acts as its user (that user's role and permissions). Only its
// sha256 is stored, with the first 8 characters as a visible prefix to tell tokens apart; the token
// itself is shown once, when created.

export const API_TOKEN_PREFIX = "erp_";
const TOKEN_PATTERN = /^erp_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is written at most this often per token: a busy integration must not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

export function generateApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createApiToken(tx: Tx, input: { name: string; userId: string; createdById: string; expiresAt?: Date | null }): Promise<{ token: string; id: string }> {
  const token = generateApiToken();
  const row = await tx.apiToken.create({
    data: { name: input.name, userId: input.userId, createdById: input.createdById, expiresAt: input.expiresAt ?? null, prefix: token.slice(0, 8), tokenHash: hashApiToken(token) },
    select: { id: true },
  });
  return { token, id: row.id };
}

/** The token in `Authorization: Bearer erp_…`, or null when the header is missing or not a token. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match && TOKEN_PATTERN.test(match[1]!) ? match[1]! : null;
}

/**
 * The actor a REST request acts as, from its bearer token: null for no token, an unknown, revoked or
 * expired token, or a deactivated user. Same shape as getActor().
 */
export async function authenticateApiToken(request: Request, now: Date = new Date()): Promise<Actor | null> {
  const token = bearerToken(request);
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, departmentId: true, active: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !row.user.active) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    // Conditional, so concurrent requests write it once.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_EVERY_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  const { id, email, name, role, departmentId } = row.user;
  return { id, email, name, role, departmentId };
}
