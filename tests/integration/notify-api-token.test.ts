import { beforeEach, describe, expect, it } from "vitest";
import { authenticateApiToken, createApiToken, hashApiToken } from "@/server/api-token";
import { actorOf, db, makeUser } from "../support/db";
import { resetNotifyState } from "../support/notify";

function request(token: string | null, scheme = "Bearer") {
  return new Request("http://portal.test/api/issues", { headers: token ? { authorization: `${scheme} ${token}` } : {} });
}

async function issueToken(userId: string, createdById: string, expiresAt?: Date) {
  return db.$transaction((tx) => createApiToken(tx, { name: "MES bridge", userId, createdById, expiresAt }));
}

let admin: Awaited<ReturnType<typeof makeUser>>;
let user: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  await resetNotifyState();
  admin = await makeUser("ADMIN");
  user = await makeUser("KEY_USER");
});

describe("API tokens", () => {
  it("stores only the hash and a prefix, and authenticates as the token's user", async () => {
    const { token, id } = await issueToken(user.id, admin.id);
    expect(token).toMatch(/^erp_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(row.prefix).toBe(token.slice(0, 8));
    expect(await authenticateApiToken(request(token))).toEqual(actorOf(user));
    expect(await authenticateApiToken(request(token, "bearer"))).toEqual(actorOf(user));
  });

  it("refuses a missing, malformed, unknown, revoked or expired token and a deactivated user", async () => {
    const { token, id } = await issueToken(user.id, admin.id);
    expect(await authenticateApiToken(request(null))).toBeNull();
    expect(await authenticateApiToken(request(token, "Basic"))).toBeNull();
    expect(await authenticateApiToken(request(`${token}x`))).toBeNull();
    expect(await authenticateApiToken(request(`erp_${"A".repeat(43)}`))).toBeNull();

    const expiring = await issueToken(user.id, admin.id, new Date(Date.now() + 3600_000));
    expect(await authenticateApiToken(request(expiring.token))).not.toBeNull();
    expect(await authenticateApiToken(request(expiring.token), new Date(Date.now() + 2 * 3600_000))).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateApiToken(request(token))).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await authenticateApiToken(request(token))).not.toBeNull();

    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await authenticateApiToken(request(token))).toBeNull();
  });

  it("notes the last use at most once a minute", async () => {
    const { token, id } = await issueToken(user.id, admin.id);
    const t0 = new Date("2026-11-20T08:00:00Z");
    await authenticateApiToken(request(token), t0);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    await Promise.all([30, 40, 50].map((s) => authenticateApiToken(request(token), new Date(t0.getTime() + s * 1000))));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    const t1 = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(request(token), t1);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t1);
  });
});
