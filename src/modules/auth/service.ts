import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { verifyPassword } from "./password";
import { checkThrottle } from "./throttle";

// Compared against when the e-mail is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$10$sxzUftL9t3uS4EZyncmN/.BMnvVztJL1RJqnoQJaD.qOq/5FIyPO.";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type CredentialCheck =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/** Checks an e-mail and password, applying the throttle and recording the attempt. */
export async function verifyCredentials(rawEmail: string, password: string, ip: string): Promise<CredentialCheck> {
  const email = rawEmail.trim().toLowerCase();
  const { LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_THROTTLE_WINDOW_MINUTES } = env();
  const verdict = await checkThrottle(db, email, ip, {
    maxFailuresPerAccount: LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: LOGIN_MAX_FAILURES_PER_IP,
    windowMinutes: LOGIN_THROTTLE_WINDOW_MINUTES,
  });
  if (verdict.throttled) return { ok: false, reason: "throttled", retryAfterMinutes: verdict.retryAfterMinutes };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const success = Boolean(user && passwordOk && user.active);
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, success } });
    if (success) await tx.user.update({ where: { id: user!.id }, data: { lastLoginAt: new Date() } });
  });
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "inactive" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
