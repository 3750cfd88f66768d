import { beforeAll, describe, expect, it } from "vitest";
import type { ErpModule, IssuePriority, IssueStatus } from "@/generated/prisma/enums";
import { markRecentMerges, rebuildIssueStats, refreshIssueStats } from "@/modules/metrics/issue-stats";
import { issueHealth, issueTrend, openByPriorityAndModule } from "@/modules/metrics/queries";
import { rawIssueHealth, rawIssueTrend, rawOpenByPriorityAndModule } from "../../scripts/bench/dashboard/raw";
import { db, makeDepartment, makeUser, resetDatabase } from "../support/db";
import { resetIssueTables } from "../support/issues";

// Issues with known times around the Asia/Shanghai midnight, paused, breached (recorded or not yet),
// rated, reopened, merged and moved between departments; after a refresh every dashboard figure must
// equal a direct recount over "Issue" (scripts/bench/dashboard/raw.ts), and a few are checked by hand.
const TZ = "Asia/Shanghai";
const L = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const at = (v?: string) => (v ? L(v) : null);

let d1: string;
let d2: string;
let reporter: string;
let policy: string;
const ids: Record<string, string> = {};

interface Spec {
  dept: 1 | 2;
  module: ErpModule;
  priority: IssuePriority;
  status: IssueStatus;
  created: string;
  frDue?: string;
  responded?: string;
  frBreached?: string;
  resDue?: string;
  resolved?: string;
  resBreached?: string;
  paused?: string;
  closed?: string;
  csat?: [number, string];
}

//    local times (+08:00)                      what it tests
// A  filed Sun 11-15 23:30 (UTC 15:30)         counts on 11-15 locally; response recorded as breached
// B  filed Mon 11-16 07:30 (UTC Sun 23:30)     counts on 11-16 locally; open
// C  11-16 09:00, resolved 12:00, rated 5       CSAT on 11-17; MTTR 3 h
// D  duplicate of 11-17                        counts nowhere
// E  paused since 11-13                        open, responded on time
// F  reopened (resolvedAt cleared)             open; its old resolution is gone
// G  late response and resolution not yet recorded by the sweep: still breaches; rated 2
const SPECS: Record<string, Spec> = {
  A: { dept: 1, module: "FINANCE", priority: "P2", status: "RESOLVED", created: "2026-11-15 23:30", frDue: "2026-11-16 01:30", responded: "2026-11-16 08:30", frBreached: "2026-11-16 01:30", resDue: "2026-11-16 23:30", resolved: "2026-11-16 20:00" },
  B: { dept: 1, module: "WAREHOUSE", priority: "P3", status: "IN_PROGRESS", created: "2026-11-16 07:30", frDue: "2026-11-16 11:30", responded: "2026-11-16 10:00", resDue: "2026-11-17 07:30" },
  C: { dept: 2, module: "FINANCE", priority: "P1", status: "CLOSED", created: "2026-11-16 09:00", frDue: "2026-11-16 09:30", responded: "2026-11-16 09:20", resDue: "2026-11-16 13:00", resolved: "2026-11-16 12:00", closed: "2026-11-17 10:00", csat: [5, "2026-11-17 10:00"] },
  D: { dept: 2, module: "SALES", priority: "P3", status: "DUPLICATE", created: "2026-11-17 10:00", frDue: "2026-11-17 10:30", responded: "2026-11-17 11:00", closed: "2026-11-17 11:00" },
  E: { dept: 1, module: "QUALITY", priority: "P4", status: "WAITING_FOR_REPORTER", created: "2026-11-13 10:00", frDue: "2026-11-13 14:00", responded: "2026-11-13 11:00", resDue: "2026-11-16 10:00", paused: "2026-11-13 16:00" },
  F: { dept: 1, module: "FINANCE", priority: "P2", status: "REOPENED", created: "2026-11-09 10:00", frDue: "2026-11-09 12:00", responded: "2026-11-09 11:00", resDue: "2026-11-11 10:00", resBreached: "2026-11-11 10:00" },
  G: { dept: 2, module: "PRODUCTION", priority: "P2", status: "RESOLVED", created: "2026-11-17 15:00", frDue: "2026-11-17 17:00", responded: "2026-11-17 18:00", resDue: "2026-11-18 15:00", resolved: "2026-11-18 16:30", csat: [2, "2026-11-18 18:00"] },
};

async function fileIssue(key: string, s: Spec) {
  const row = await db.issue.create({
    data: {
      title: `${key} 统计测试`, description: "-", module: s.module, type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM",
      priority: s.priority, status: s.status, reporterId: reporter, departmentId: s.dept === 1 ? d1 : d2, slaPolicyId: policy,
      createdAt: L(s.created), firstResponseDueAt: at(s.frDue), firstRespondedAt: at(s.responded), firstResponseBreachedAt: at(s.frBreached),
      resolutionDueAt: at(s.resDue), resolvedAt: at(s.resolved), resolutionBreachedAt: at(s.resBreached), slaPausedAt: at(s.paused),
      closedAt: at(s.closed), csatScore: s.csat?.[0] ?? null, csatAt: s.csat ? L(s.csat[1]) : null,
    },
  });
  ids[key] = row.id;
}

const RANGES = [
  { from: "2026-11-15", to: "2026-11-15" },
  { from: "2026-11-16", to: "2026-11-16" },
  { from: "2026-11-16", to: "2026-11-18" },
  { from: "2026-11-01", to: "2026-11-30" },
  { from: "2026-10-01", to: "2026-12-31" },
];

/** Every figure of the read API equals the recount, for every range, grain and department scope. */
async function expectDashboardEqualsRecount() {
  for (const dept of [null, d1, d2]) {
    expect(await openByPriorityAndModule(dept)).toEqual(await rawOpenByPriorityAndModule(db, dept));
    for (const range of RANGES) {
      expect(await issueHealth(range, dept), `${range.from}…${range.to} ${dept}`).toEqual(await rawIssueHealth(db, TZ, range, dept));
      for (const grain of ["DAY", "WEEK", "MONTH"] as const) {
        const trend = await issueTrend(range, grain, dept);
        expect(trend, `${grain} ${range.from}…${range.to}`).toEqual(await rawIssueTrend(db, TZ, range, grain, dept));
      }
    }
  }
}

beforeAll(async () => {
  await resetDatabase();
  await resetIssueTables();
  await db.$executeRawUnsafe(`TRUNCATE "IssueDailyStat", "IssueStatDirty"`);
  d1 = (await makeDepartment("m-fin")).id;
  d2 = (await makeDepartment("m-ops")).id;
  reporter = (await makeUser("KEY_USER", { departmentId: d1 })).id;
  policy = (await db.slaPolicy.create({ data: { code: "M", nameZh: "统计", nameEn: "Stats", mode: "WALL_CLOCK", isDefault: true } })).id;
  for (const [key, spec] of Object.entries(SPECS)) await fileIssue(key, spec);
});

describe("issue daily stats", () => {
  it("a refresh drains the trigger's marks and the figures are those worked out by hand", async () => {
    expect(await db.issueStatDirty.count()).toBeGreaterThan(0);
    const { days } = await refreshIssueStats(db, TZ);
    expect(days).toEqual(expect.arrayContaining(["2026-11-09", "2026-11-13", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18"]));
    expect(await db.issueStatDirty.count()).toBe(0);

    // A is filed on Sunday locally although it is Sunday 15:30 UTC; B on Monday although it is Sunday in UTC.
    expect((await issueHealth({ from: "2026-11-15", to: "2026-11-15" })).created).toBe(1);
    const monday = await issueHealth({ from: "2026-11-16", to: "2026-11-16" });
    expect(monday).toMatchObject({
      created: 2, // B, C
      firstResponded: 3, firstResponseBreached: 1, firstResponseCompliancePct: 66.7, // A (breached), B, C
      resolved: 2, resolutionBreached: 0, resolutionCompliancePct: 100, // A, C
      mttrHours: 11.8, // (20.5 h + 3 h) / 2 = 11.75
      csatCount: 0,
      backlogAtEnd: 3, // B, E, F (F was reopened: open ever since it was filed); A and C resolved
    });
    // G answered and resolved late although the sweep never recorded it; C rated 5 on Tuesday, G 2 on Wednesday.
    expect(await issueHealth({ from: "2026-11-17", to: "2026-11-18" })).toMatchObject({
      created: 1, firstResponded: 1, firstResponseBreached: 1, resolved: 1, resolutionBreached: 1,
      csatCount: 2, csatAvg: 3.5, csatSatisfiedPct: 50, backlogAtEnd: 3,
    });
    expect(await openByPriorityAndModule()).toEqual([
      { priority: "P2", module: "FINANCE", count: 1 },
      { priority: "P3", module: "WAREHOUSE", count: 1 },
      { priority: "P4", module: "QUALITY", count: 1 },
    ]);
    await expectDashboardEqualsRecount();
  });

  it("resolving, rating, reopening and moving issues mark their days: the next refresh catches up", async () => {
    await db.$executeRaw`UPDATE "Issue" SET "resolvedAt" = ${L("2026-11-18 23:50")}, status = 'RESOLVED' WHERE id = ${ids.B}::uuid`;
    await db.$executeRaw`UPDATE "Issue" SET "csatScore" = 4, "csatAt" = ${L("2026-11-19 00:10")} WHERE id = ${ids.A}::uuid`;
    await db.$executeRaw`UPDATE "Issue" SET "resolvedAt" = NULL, "csatScore" = NULL, "csatAt" = NULL, status = 'REOPENED' WHERE id = ${ids.C}::uuid`;
    await db.$executeRaw`UPDATE "Issue" SET "departmentId" = ${d2}::uuid WHERE id = ${ids.E}::uuid`;
    // Until the refresh the rollup still shows the old state…
    expect((await issueHealth({ from: "2026-11-18", to: "2026-11-18" })).resolved).toBe(1);
    await refreshIssueStats(db, TZ);
    // …afterwards the new one: B resolved at 23:50 on the 18th; A's rating on the 19th; C open again.
    expect(await issueHealth({ from: "2026-11-18", to: "2026-11-18" })).toMatchObject({ resolved: 2, csatCount: 1 });
    expect(await issueHealth({ from: "2026-11-19", to: "2026-11-19" })).toMatchObject({ csatCount: 1, csatAvg: 4, csatSatisfiedPct: 100 });
    expect((await issueHealth({ from: "2026-11-16", to: "2026-11-16" })).resolved).toBe(1);
    expect((await issueHealth({ from: "2026-11-13", to: "2026-11-13" }, d2)).created).toBe(1);
    await expectDashboardEqualsRecount();
  });

  it("a merge (status only) is caught by the recent-merge marks; two concurrent refreshes never count twice", async () => {
    await db.$executeRaw`UPDATE "Issue" SET status = 'DUPLICATE', "closedAt" = now() WHERE id = ${ids.F}::uuid`;
    await markRecentMerges(db);
    // Mark every day again as well, so both refreshes have the same work to fight over.
    await db.$executeRaw`INSERT INTO "IssueStatDirty" ("at") SELECT "createdAt" FROM "Issue"`;
    const results = await Promise.all([refreshIssueStats(db, TZ), refreshIssueStats(db, TZ), refreshIssueStats(db, TZ)]);
    // The advisory lock lets one drain the marks; the others find nothing left.
    expect(results.filter((r) => r.days.length > 0)).toHaveLength(1);
    expect((await issueHealth({ from: "2026-11-09", to: "2026-11-09" })).created).toBe(0);
    await expectDashboardEqualsRecount();
  });

  it("a full rebuild writes exactly the rows the incremental refreshes left", async () => {
    const before = await db.$queryRaw<unknown[]>`SELECT * FROM "IssueDailyStat" ORDER BY 1, 2, 3, 4`;
    await rebuildIssueStats(db, TZ);
    expect(await db.$queryRaw<unknown[]>`SELECT * FROM "IssueDailyStat" ORDER BY 1, 2, 3, 4`).toEqual(before);
  });

  it("three hundred random issues over two months: every figure equals the recount", async () => {
    const modules: ErpModule[] = ["FINANCE", "SALES", "WAREHOUSE"];
    const priorities: IssuePriority[] = ["P1", "P2", "P3", "P4"];
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const base = L("2026-10-01 00:00").getTime();
    const rows = Array.from({ length: 300 }, (_, n) => {
      const created = new Date(base + rnd() * 60 * 86_400_000);
      const responded = rnd() < 0.9 ? new Date(created.getTime() + rnd() * 8 * 3_600_000) : null;
      const resolved = responded && rnd() < 0.8 ? new Date(responded.getTime() + rnd() * 72 * 3_600_000) : null;
      const rated = resolved && rnd() < 0.5 ? new Date(resolved.getTime() + rnd() * 48 * 3_600_000) : null;
      return {
        title: `R${n}`, description: "-", module: modules[n % 3]!, type: "QUESTION" as const, impact: "MINOR" as const, urgency: "LOW" as const,
        priority: priorities[n % 4]!, status: (rnd() < 0.05 ? "DUPLICATE" : resolved ? "RESOLVED" : "IN_PROGRESS") as IssueStatus,
        reporterId: reporter, departmentId: n % 2 ? d1 : d2, slaPolicyId: policy, createdAt: created,
        firstResponseDueAt: new Date(created.getTime() + 4 * 3_600_000), firstRespondedAt: responded,
        resolutionDueAt: new Date(created.getTime() + 36 * 3_600_000), resolvedAt: resolved,
        resolutionBreachedAt: resolved && rnd() < 0.1 ? resolved : null,
        csatScore: rated ? 1 + Math.floor(rnd() * 5) : null, csatAt: rated,
      };
    });
    await db.issue.createMany({ data: rows });
    await refreshIssueStats(db, TZ);
    await expectDashboardEqualsRecount();
  });
});
