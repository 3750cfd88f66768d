import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIssues } from "../../prisma/seed/demo-issues";
import { DEMO_PROJECT_CODE } from "../../prisma/seed/demo-plan";
import { seedDemoCompany } from "../../scripts/db/seed";
import { OPEN_STATUSES } from "@/modules/issues/constants";
import { parseDashboardFilter } from "@/modules/support/period";
import { getBacklogDaily, getKpis, supportClock } from "@/modules/support/queries";
import { db, resetDatabase } from "../support/db";

// The demo issues are played through on the real SLA clocks: whatever day the seed runs, the rows,
// their history and the dashboard must agree with each other.
const TZ = "Asia/Shanghai";
const now = new Date();
let goLive: Date;
let created = 0;
let ms = 0;

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe(`TRUNCATE "Project", "PlanTemplate", "SlaPolicy", "WorkCalendar", "SupportGroup", "RoutingRule", "HelpArticle" CASCADE`);
  // The demo company seeds its issues (scripts/db/seed.ts); they are replaced here by a run with a
  // known "now", timed on its own.
  await seedDemoCompany(process.env.DATABASE_URL!);
  expect(await db.issue.count()).toBeGreaterThan(40);
  await db.$executeRawUnsafe(`TRUNCATE "Issue" CASCADE`);
  const project = await db.project.findUniqueOrThrow({ where: { code: DEMO_PROJECT_CODE }, select: { actualGoLive: true, plannedGoLive: true } });
  goLive = project.actualGoLive ?? project.plannedGoLive;
  const t0 = performance.now();
  created = await seedDemoIssues(db, { goLive, timeZone: TZ, now });
  ms = performance.now() - t0;
}, 120_000);

describe("demo issues seed", () => {
  it("creates UAT leftovers and the hypercare wave once, quickly", async () => {
    expect(created).toBeGreaterThan(40);
    expect(await db.issue.count()).toBe(created);
    expect(ms).toBeLessThan(5_000); // about one second on an idle machine
    expect(await seedDemoIssues(db, { goLive, timeZone: TZ, now })).toBe(0);
    expect(await db.issue.count()).toBe(created);
    const uat = await db.issue.count({ where: { title: { startsWith: "【UAT】" } } });
    expect(uat).toBeGreaterThan(30);
    expect(uat).toBeLessThan(80);
    // The next issue filed by the app continues the numbering.
    const [{ max }] = await db.$queryRaw<{ max: number }[]>`SELECT max(number)::int AS max FROM "Issue"`;
    const sample = await db.issue.findFirstOrThrow({ select: { reporterId: true, departmentId: true, slaPolicyId: true } });
    const next = await db.issue.create({ data: { ...sample, title: "x", description: "x", module: "SYSTEM", type: "QUESTION", impact: "MINOR", urgency: "LOW", priority: "P4" } });
    expect(next.number).toBe(max + 1);
    await db.issue.delete({ where: { id: next.id } });
  });

  it("tells each issue's history in order, ending in its current status", async () => {
    const issues = await db.issue.findMany({ include: { events: { orderBy: [{ createdAt: "asc" }] } } });
    for (const i of issues) {
      const label = `ISS-${i.number}`;
      expect(i.events[0], label).toMatchObject({ kind: "CREATED", createdAt: i.createdAt });
      const moves = i.events.filter((e) => e.kind === "STATUS");
      let status = "NEW";
      for (const m of moves) {
        expect(m.fromValue, label).toBe(status);
        status = m.toValue!;
      }
      expect(status, label).toBe(i.status);
      for (const e of i.events) expect(e.createdAt.getTime(), label).toBeLessThanOrEqual(now.getTime());
      if (i.firstRespondedAt) expect(i.firstRespondedAt >= i.createdAt, label).toBe(true);
      if (i.resolvedAt && i.firstRespondedAt) expect(i.resolvedAt >= i.firstRespondedAt, label).toBe(true);
      if (i.closedAt && i.resolvedAt) expect(i.closedAt >= i.resolvedAt, label).toBe(true);
      expect(Boolean(i.slaPausedAt), label).toBe(i.status === "WAITING_FOR_REPORTER");
      expect(i.resolvedAt !== null, label).toBe(i.status === "RESOLVED" || i.status === "CLOSED");
    }
  });

  it("records a breach exactly when the response or resolution came after its due time", async () => {
    const issues = await db.issue.findMany({ where: { status: { not: "DUPLICATE" } } });
    for (const i of issues) {
      const label = `ISS-${i.number}`;
      const answered = i.firstRespondedAt ?? i.slaPausedAt ?? now;
      const frLate = i.firstResponseDueAt! < answered && i.firstResponseDueAt! <= now;
      expect(i.firstResponseBreachedAt?.getTime() ?? null, label).toBe(frLate ? i.firstResponseDueAt!.getTime() : null);
      if (i.reopenCount === 0) {
        const finished = i.resolvedAt ?? i.slaPausedAt ?? now;
        const resLate = i.resolutionDueAt! < finished && i.resolutionDueAt! <= now;
        expect(i.resolutionBreachedAt?.getTime() ?? null, label).toBe(resLate ? i.resolutionDueAt!.getTime() : null);
      }
    }
    const breached = issues.filter((i) => i.firstResponseBreachedAt || i.resolutionBreachedAt).length;
    // Mostly within the SLA, some breaches: what a realistic first week looks like.
    expect(breached / issues.length).toBeGreaterThan(0.03);
    expect(breached / issues.length).toBeLessThan(0.3);
  });

  it("has open work of every kind, key users as reporters, support staff as assignees, mostly happy ratings", async () => {
    const open = await db.issue.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, select: { status: true, priority: true, resolutionWarnAt: true, resolutionDueAt: true } });
    expect(open.length).toBeGreaterThanOrEqual(4);
    if (now.getTime() - goLive.getTime() > 12 * 3_600_000) {
      // The stopped line: a P1 past its warning point, not yet due.
      expect(open.some((i) => i.priority === "P1" && i.resolutionWarnAt! <= now && now < i.resolutionDueAt!)).toBe(true);
    }
    const reporters = await db.issue.findMany({ distinct: ["departmentId"], select: { reporter: { select: { role: true } } } });
    expect(reporters.length).toBeGreaterThanOrEqual(5);
    const assignees = await db.user.findMany({ where: { assignedIssues: { some: {} } }, select: { role: true } });
    expect(new Set(assignees.map((a) => a.role))).toEqual(new Set(["SUPPORT"]));
    const rated = await db.issue.findMany({ where: { csatScore: { not: null } }, select: { csatScore: true, csatComment: true, status: true } });
    expect(rated.every((r) => r.status === "CLOSED")).toBe(true);
    expect(rated.filter((r) => r.csatScore! >= 4).length / rated.length).toBeGreaterThan(0.7);
    expect(rated.filter((r) => r.csatScore! <= 3).every((r) => r.csatComment)).toBe(true);
    expect(await db.issueComment.count({ where: { internal: true } })).toBeGreaterThan(0);
  });

  it("gives the dashboard a backlog that ends at today's open count", async () => {
    const clock = supportClock(now);
    const filter = parseDashboardFilter({ weeks: "12" }, clock.today);
    const [days, kpis] = await Promise.all([getBacklogDaily(filter, clock), getKpis(filter, clock)]);
    expect(days.at(-1)!.open).toBe(kpis.open);
    expect(days.reduce((s, d) => s + d.created, 0)).toBe(created);
  });
});
