import "server-only";
import { localMidnight } from "@/lib/calendar-day";
import { defineAction } from "@/server/action";
import { createApiToken } from "@/server/api-token";
import { env } from "@/server/env";
import { ActionError } from "@/server/errors";
import { ZCreateToken, ZRevokeToken } from "../schemas";

export const createToken = defineAction({
  name: "integrations.createToken",
  permission: "integrations.manage",
  input: ZCreateToken,
  revalidate: ["/integrations"],
  async handler(input, { tx, actor, today, audit }) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, active: true, email: true } });
    if (!user || !user.active) throw new ActionError("notifications.errors.tokenUserUnavailable", {}, "userId");
    if (input.expiresOn && new Date(`${input.expiresOn}T00:00:00Z`) < today) throw new ActionError("notifications.errors.expiryPast", {}, "expiresOn");
    // Valid through the chosen day in the portal's zone.
    const expiresAt = input.expiresOn ? localMidnight(input.expiresOn, env().PORTAL_TIME_ZONE, 1) : null;
    const { token, id } = await createApiToken(tx, { name: input.name, userId: user.id, createdById: actor.id, expiresAt });
    await audit({ action: "create", entityType: "ApiToken", entityId: id, after: { name: input.name, user: user.email, prefix: token.slice(0, 8), expiresAt } });
    // Shown once; only its hash is kept.
    return { id, token };
  },
});

export const revokeToken = defineAction({
  name: "integrations.revokeToken",
  permission: "integrations.manage",
  input: ZRevokeToken,
  successMessage: "notifications.tokens.revoked",
  revalidate: ["/integrations"],
  async handler(input, { tx, audit }) {
    const row = await tx.apiToken.findUnique({ where: { id: input.id }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!row) throw new ActionError("errors.notFound");
    if (row.revokedAt) throw new ActionError("notifications.errors.alreadyRevoked");
    const { count } = await tx.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new ActionError("notifications.errors.alreadyRevoked");
    await audit({ action: "revoke", entityType: "ApiToken", entityId: row.id, before: { name: row.name, prefix: row.prefix, revokedAt: null }, after: { revokedAt: new Date() } });
    return null;
  },
});
