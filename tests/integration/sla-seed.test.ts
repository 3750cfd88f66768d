import { beforeEach, describe, expect, it } from "vitest";
import { seedSupportConfig } from "../../prisma/seed/demo-support-config";
import { ERP_MODULES } from "@/modules/sla/constants";
import { issueDeadlines, pickPolicy, routeIssue } from "@/modules/sla/service";
import { db, makeUser, resetDatabase } from "../support/db";

/** resetDatabase reaches groups and rules through their users, but not calendars or policies. */
async function resetSlaTables() {
  await db.$executeRawUnsafe(`TRUNCATE "Issue", "RoutingRule", "SupportGroupMember", "SupportGroup", "SlaTarget", "SlaPolicy", "CalendarDay", "WorkCalendar" CASCADE`);
}

const GO_LIVE = new Date("2026-11-16T00:00:00.000Z"); // a Monday, held as plan dates are
const sh = (local: string) => new Date(`${local}:00+08:00`);

beforeEach(async () => {
  await resetDatabase();
  await resetSlaTables();
  await makeUser("SUPPORT", { email: "support@demo.hdchem.cn" });
  await makeUser("SUPPORT", { email: "huang.lei@demo.hdchem.cn" });
});

const counts = async () => [
  await db.workCalendar.count(), await db.calendarDay.count(), await db.slaPolicy.count(), await db.slaTarget.count(),
  await db.supportGroup.count(), await db.supportGroupMember.count(), await db.routingRule.count(), await db.auditLog.count(),
];

describe("demo support configuration", () => {
  it("is created once and left alone when run again", async () => {
    expect(await seedSupportConfig(db, { goLive: GO_LIVE, timeZone: "Asia/Shanghai" })).toBe(true);
    const first = await counts();
    expect(first).toEqual([1, 39, 2, 8, 4, 6, 10, 1]);
    expect(await seedSupportConfig(db, { goLive: GO_LIVE, timeZone: "Asia/Shanghai" })).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it("runs hypercare on wall-clock time for four weeks after go-live, then the business-time standard", async () => {
    await seedSupportConfig(db, { goLive: GO_LIVE, timeZone: "Asia/Shanghai" });
    const hypercare = await db.slaPolicy.findUniqueOrThrow({ where: { code: "HYPERCARE" } });
    const standard = await db.slaPolicy.findUniqueOrThrow({ where: { code: "STANDARD" } });
    expect(await pickPolicy(db, sh("2026-11-16T00:00"))).toEqual({ id: hypercare.id });
    expect(await pickPolicy(db, sh("2026-12-13T23:59"))).toEqual({ id: hypercare.id });
    expect(await pickPolicy(db, sh("2026-12-14T00:00"))).toEqual({ id: standard.id });
    // A P3 filed at 16:00 in hypercare: 2 h first response; resolution 24 h later, nights included.
    const hc = await issueDeadlines(db, { policyId: hypercare.id, priority: "P3", startedAt: sh("2026-11-20T16:00"), pauses: [] });
    expect([hc.firstResponse.dueAt, hc.resolution.dueAt]).toEqual([sh("2026-11-20T18:00"), sh("2026-11-21T16:00")]);
    // The same issue on the standard calendar after hypercare: Friday 16:00 + 4 working hours → Monday 11:00.
    const std = await issueDeadlines(db, { policyId: standard.id, priority: "P3", startedAt: sh("2026-12-18T16:00"), pauses: [] });
    expect(std.firstResponse.dueAt).toEqual(sh("2026-12-21T11:00"));
  });

  it("routes every module to a group, access questions in finance to the system group", async () => {
    await seedSupportConfig(db, { goLive: GO_LIVE, timeZone: "Asia/Shanghai" });
    const groups = new Map((await db.supportGroup.findMany()).map((g) => [g.id, g.nameZh]));
    for (const module of ERP_MODULES) expect((await routeIssue(db, { module, type: "QUESTION" })).groupId, module).not.toBeNull();
    expect(groups.get((await routeIssue(db, { module: "WAREHOUSE", type: "DEFECT" })).groupId!)).toBe("供应链组");
    expect(groups.get((await routeIssue(db, { module: "QUALITY", type: "DATA" })).groupId!)).toBe("生产与质量组");
    expect(groups.get((await routeIssue(db, { module: "FINANCE", type: "ACCESS" })).groupId!)).toBe("系统与权限组");
    const finance = await routeIssue(db, { module: "FINANCE", type: "DATA" });
    expect(groups.get(finance.groupId!)).toBe("财务组");
    expect((await db.user.findUniqueOrThrow({ where: { id: finance.assigneeId! } })).email).toBe("support@demo.hdchem.cn");
  });
});
