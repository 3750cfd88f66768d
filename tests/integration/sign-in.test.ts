import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/modules/auth/service";
import { db, makeUser, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

describe("sign-in", () => {
  it("accepts the right password, case-insensitive e-mail, and records the sign-in", async () => {
    const u = await makeUser("KEY_USER", { email: "zhang.wei@hdchem.cn", password: "Right-pass-1" });
    const r = await verifyCredentials(" Zhang.Wei@HDCHEM.cn ", "Right-pass-1", "10.0.0.1");
    expect(r).toMatchObject({ ok: true, user: { id: u.id, role: "KEY_USER" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).lastLoginAt).not.toBeNull();
    expect(await db.loginAttempt.count({ where: { success: true } })).toBe(1);
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    await makeUser("KEY_USER", { email: "a@hdchem.cn", password: "Right-pass-1" });
    expect(await verifyCredentials("a@hdchem.cn", "wrong", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("nobody@hdchem.cn", "wrong", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated user even with the right password", async () => {
    await makeUser("KEY_USER", { email: "gone@hdchem.cn", password: "Right-pass-1", active: false });
    expect(await verifyCredentials("gone@hdchem.cn", "Right-pass-1", "10.0.0.1")).toEqual({ ok: false, reason: "inactive" });
  });

  it("locks an account after 5 failures, even for the right password, from any address", async () => {
    await makeUser("KEY_USER", { email: "b@hdchem.cn", password: "Right-pass-1" });
    for (let i = 0; i < 5; i++) expect((await verifyCredentials("b@hdchem.cn", "bad", `10.0.0.${i}`)).ok).toBe(false);
    const r = await verifyCredentials("b@hdchem.cn", "Right-pass-1", "10.9.9.9");
    expect(r).toMatchObject({ ok: false, reason: "throttled" });
    expect(r.ok === false && r.reason === "throttled" && r.retryAfterMinutes).toBeGreaterThanOrEqual(14);
  });

  it("lifts the lock once the failures are older than the window", async () => {
    await makeUser("KEY_USER", { email: "c@hdchem.cn", password: "Right-pass-1" });
    const old = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 5 }, () => ({ email: "c@hdchem.cn", ip: "10.0.0.1", success: false, createdAt: old })) });
    expect((await verifyCredentials("c@hdchem.cn", "Right-pass-1", "10.0.0.1")).ok).toBe(true);
  });

  it("throttles one address that tries many accounts", async () => {
    await makeUser("KEY_USER", { email: "d@hdchem.cn", password: "Right-pass-1" });
    for (let i = 0; i < 20; i++) await verifyCredentials(`guess${i}@hdchem.cn`, "bad", "203.0.113.7");
    expect(await verifyCredentials("d@hdchem.cn", "Right-pass-1", "203.0.113.7")).toMatchObject({ ok: false, reason: "throttled" });
    expect((await verifyCredentials("d@hdchem.cn", "Right-pass-1", "198.51.100.1")).ok).toBe(true);
  });
});
