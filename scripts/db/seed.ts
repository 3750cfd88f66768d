// The demo company, seeded once: `npm start` calls seedDemoCompany in demo mode; `npm run db:seed`
// runs it by hand. Idempotent: what exists is left as it is, only what is missing is created.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { hashPassword } from "../../src/modules/auth/password";
import { DEMO_DEPARTMENTS, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DEMO_USERS, demoEmail } from "../../prisma/seed/demo-company";
import { seedDemoHelp } from "../../prisma/seed/demo-help";
import { seedDemoIssues } from "../../prisma/seed/demo-issues";
import { seedDemoKpis } from "../../prisma/seed/demo-kpis";
import { seedDemoMetrics } from "../../src/modules/metrics/seed";
import { seedDemoMonthlyReviews } from "../../src/modules/dashboards/demo-reviews";
import { seedDemoSignIns } from "../../prisma/seed/demo-sign-ins";
import { DEMO_PROJECT_CODE, seedDemoPlan } from "../../prisma/seed/demo-plan";
import { seedSupportConfig } from "../../prisma/seed/demo-support-config";
import { calendarToday } from "../../src/lib/calendar-day";

/** True when every demo department and user exists: the common case on a warm `npm start`. */
async function alreadySeeded(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM "Department" WHERE code = ANY($1)) AS departments,
              (SELECT count(*)::int FROM "User" WHERE email = ANY($2)) AS users,
              (SELECT count(*)::int FROM "Project" WHERE code = $3) AS projects,
              (SELECT count(*)::int FROM "SlaPolicy") AS policies,
              (SELECT count(*)::int FROM "HelpArticle") AS articles,
              (SELECT count(*)::int FROM "Issue") AS issues,
              (SELECT count(*)::int FROM "Kpi") AS kpis`,
      [DEMO_DEPARTMENTS.map((d) => d.code), DEMO_USERS.map((u) => demoEmail(u.login)), DEMO_PROJECT_CODE],
    );
    const r = rows[0]! as { departments: number; users: number; projects: number; policies: number; articles: number; issues: number; kpis: number };
    return r.departments === DEMO_DEPARTMENTS.length && r.users === DEMO_USERS.length && r.projects === 1 && r.policies > 0 && r.articles > 0 && r.issues > 0 && r.kpis > 0;
  } finally {
    await client.end();
  }
}

export async function seedDemoCompany(databaseUrl: string, log: (msg: string) => void = () => {}): Promise<{ created: boolean }> {
  if (await alreadySeeded(databaseUrl)) {
    log("demo company already present");
    return { created: false };
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const createdUsers = await prisma.$transaction(async (tx) => {
      const departments = new Map<string, string>();
      for (const d of DEMO_DEPARTMENTS) {
        const row = await tx.department.upsert({ where: { code: d.code }, update: {}, create: d });
        departments.set(d.code, row.id);
      }
      const existing = new Set((await tx.user.findMany({ select: { email: true } })).map((u) => u.email));
      const missing = DEMO_USERS.filter((u) => !existing.has(demoEmail(u.login)));
      for (const u of missing) {
        await tx.user.create({
          data: { email: demoEmail(u.login), name: u.name, role: u.role, departmentId: departments.get(u.department)!, active: u.active ?? true, passwordHash },
        });
      }
      if (missing.length > 0) {
        await tx.auditLog.create({
          data: { action: "seed", entityType: "System", after: { departments: DEMO_DEPARTMENTS.length, usersCreated: missing.length } },
        });
      }
      return missing.length;
    }, { timeout: 60_000 });
    const timeZone = process.env.PORTAL_TIME_ZONE ?? "Asia/Shanghai";
    const planCreated = await seedDemoPlan(prisma, calendarToday(timeZone));
    const project = await prisma.project.findUniqueOrThrow({ where: { code: DEMO_PROJECT_CODE }, select: { actualGoLive: true, plannedGoLive: true } });
    const goLive = project.actualGoLive ?? project.plannedGoLive;
    const supportCreated = await seedSupportConfig(prisma, { goLive, timeZone });
    // Issues before articles: the articles link to the issues they answer.
    const issuesCreated = await seedDemoIssues(prisma, { goLive, timeZone });
    const supportUser = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail("support") }, select: { id: true } });
    const articlesCreated = await seedDemoHelp(prisma, supportUser.id);
    const kpisCreated = await seedDemoKpis(prisma, { goLive, timeZone, today: calendarToday(timeZone) });
    const reviewsCreated = await seedDemoMonthlyReviews(prisma, { goLive, today: calendarToday(timeZone), emailDomain: DEMO_EMAIL_DOMAIN });
    // Sign-ins before the computed KPIs: the active-user rate is measured from them.
    await seedDemoSignIns(prisma, { goLive, timeZone });
    // Daily issue figures and the computed KPIs' history, from everything seeded above.
    await seedDemoMetrics(prisma, { timeZone });
    const created = createdUsers > 0 || planCreated || supportCreated || issuesCreated > 0 || articlesCreated > 0 || kpisCreated > 0 || reviewsCreated > 0;
    log(created ? `demo company seeded (${createdUsers} users${planCreated ? ", rollout project in hypercare" : ""}${supportCreated ? ", SLA and routing" : ""}${issuesCreated ? `, ${issuesCreated} issues` : ""}${articlesCreated ? `, ${articlesCreated} help articles` : ""}${kpisCreated ? `, ${kpisCreated} KPIs with history` : ""}${reviewsCreated ? `, ${reviewsCreated} monthly reviews` : ""})` : "demo company already present");
    return { created };
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` seeds the embedded database for you.");
    process.exit(1);
  }
  seedDemoCompany(url, console.log).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
