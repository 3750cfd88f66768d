// The demo company's portal sign-ins, so the computed "portal active-user rate" KPI has a history: people
// start using the portal during training, about ten weeks before go-live, and nearly all of them use it
// every week after go-live (seed 001: user activity above 80 % within three months). Deterministic, and
// idempotent: the seeded rows carry addresses from 10.66.0.0/16, and none are added when one exists.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { calendarToday } from "../../src/lib/calendar-day";
import { addIsoDays, isoWeekday, zonedTime } from "../../src/modules/sla/zoned-time";
import { seedOf } from "./random";

const SEEDED_IP_PREFIX = "10.66.";
const WEEKS_BEFORE_GO_LIVE = 10;

/** The share of people signing in during a week, by weeks from go-live: rising through training and UAT, high in hypercare. */
function weeklyShare(weeksFromGoLive: number): number {
  if (weeksFromGoLive < 0) return 0.35 + 0.04 * (WEEKS_BEFORE_GO_LIVE + weeksFromGoLive);
  return Math.min(0.95, 0.82 + 0.02 * weeksFromGoLive);
}

/** A stable pseudo-random number in [0, 1) for a (user, week) pair. */
const draw = (key: string) => ((seedOf(key) >>> 0) % 10_000) / 10_000;

export async function seedDemoSignIns(prisma: PrismaClient, options: { goLive: Date; timeZone: string; now?: Date }): Promise<number> {
  if (await prisma.loginAttempt.findFirst({ where: { ip: { startsWith: SEEDED_IP_PREFIX } }, select: { id: true } })) return 0;
  const now = options.now ?? new Date();
  const today = calendarToday(options.timeZone, now).toISOString().slice(0, 10);
  const goLive = options.goLive.toISOString().slice(0, 10);
  const goLiveMonday = addIsoDays(goLive, 1 - isoWeekday(goLive));
  const users = await prisma.user.findMany({ where: { active: true }, select: { email: true }, orderBy: { email: "asc" } });
  const rows: { email: string; ip: string; success: boolean; createdAt: Date }[] = [];
  for (let week = -WEEKS_BEFORE_GO_LIVE; ; week++) {
    const monday = addIsoDays(goLiveMonday, week * 7);
    if (monday > today) break;
    users.forEach((user, index) => {
      const r = draw(`${user.email}|${week}`);
      if (r >= weeklyShare(week)) return;
      // A working day of that week, a time between 08:30 and 11:30 local.
      const day = addIsoDays(monday, Math.floor(r * 1000) % 5);
      const at = zonedTime(options.timeZone, day, 510 + (Math.floor(r * 100_000) % 180));
      if (day > today || at > now.getTime()) return;
      rows.push({ email: user.email, ip: `${SEEDED_IP_PREFIX}${index % 250}.${10 + (week + 20) % 200}`, success: true, createdAt: new Date(at) });
    });
  }
  await prisma.loginAttempt.createMany({ data: rows });
  // The users list and the admin's "signed in during the last 7 days" read lastLoginAt: keep it in step.
  await prisma.$executeRaw`
    UPDATE "User" u SET "lastLoginAt" = m.last
    FROM (SELECT email, max("createdAt") AS last FROM "LoginAttempt" WHERE success AND ip LIKE ${`${SEEDED_IP_PREFIX}%`} GROUP BY email) m
    WHERE u.email = m.email AND (u."lastLoginAt" IS NULL OR u."lastLoginAt" < m.last)`;
  return rows.length;
}
