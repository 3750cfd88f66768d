import type { Tx } from "@/server/db";

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
}

export type ThrottleVerdict = { throttled: false } | { throttled: true; retryAfterMinutes: number };

/**
 * Repeated failures lock an account (and, with a higher limit, an address) for a sliding window.
 * Counted in PostgreSQL, not in memory, so the limit holds across several app instances.
 */
export async function checkThrottle(tx: Tx, email: string, ip: string, limits: ThrottleLimits, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    tx.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limits.maxFailuresPerAccount,
      select: { createdAt: true },
    }),
    tx.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limits.maxFailuresPerIp,
      select: { createdAt: true },
    }),
  ]);
  const lockedUntil = [
    byAccount.length >= limits.maxFailuresPerAccount ? byAccount.at(-1)!.createdAt : null,
    byIp.length >= limits.maxFailuresPerIp ? byIp.at(-1)!.createdAt : null,
  ]
    .filter((d): d is Date => d !== null)
    .map((oldestCounted) => oldestCounted.getTime() + limits.windowMinutes * 60_000);
  if (lockedUntil.length === 0) return { throttled: false };
  const retryAfterMinutes = Math.max(1, Math.ceil((Math.max(...lockedUntil) - now.getTime()) / 60_000));
  return { throttled: true, retryAfterMinutes };
}
