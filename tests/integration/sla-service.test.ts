import { beforeEach, describe, expect, it } from "vitest";
import { chinaHolidayPreset } from "@/modules/sla/holidays-cn";
import { issueDeadlines, loadRules, pickPolicy, routeIssue } from "@/modules/sla/service";
import { ActionError } from "@/server/errors";
import { db, makeUser, resetDatabase } from "../support/db";

/** resetDatabase reaches groups and rules through their users, but not calendars or policies. */
async function resetSlaTables() {
  await db.$executeRawUnsafe(`TRUNCATE "Issue", "RoutingRule", "SupportGroupMember", "SupportGroup", "SlaTarget", "SlaPolicy", "CalendarDay", "WorkCalendar" CASCADE`);
}

const sh = (local: string) => new Date(`${local}:00+08:00`);
const H = 60;

async function makeCalendar() {
  return db.workCalendar.create({
    data: {
      code: "CN", name: "中国标准", timeZone: "Asia/Shanghai", workDays: [1, 2, 3, 4, 5], workStart: 9 * H, workEnd: 18 * H, lunchStart: 12 * H, lunchEnd: 13 * H + 30,
      days: { create: chinaHolidayPreset(2026).map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), kind: d.kind, name: d.name })) },
    },
  });
}

const TARGETS = [
  { priority: "P1", firstResponseMinutes: 30, resolutionMinutes: 4 * H },
  { priority: "P2", firstResponseMinutes: 2 * H, resolutionMinutes: 7.5 * H },
] as const;

async function makePolicies() {
  const calendar = await makeCalendar();
  const standard = await db.slaPolicy.create({ data: { code: "STANDARD", nameZh: "标准", nameEn: "Standard", mode: "BUSINESS", calendarId: calendar.id, isDefault: true, targets: { create: [...TARGETS] } } });
  const hypercare = await db.slaPolicy.create({
    data: {
      code: "HYPERCARE", nameZh: "上线保障", nameEn: "Hypercare", mode: "WALL_CLOCK", validFrom: sh("2026-03-02T00:00"), validTo: sh("2026-03-30T00:00"),
      sameDayCutoffMinute: 18 * H, sameDayEndMinute: 22 * H,
      targets: { create: [{ priority: "P1", firstResponseMinutes: 15, resolutionMinutes: 4 * H }, { priority: "P4", firstResponseMinutes: 8 * H, resolutionMinutes: 72 * H }] },
    },
  });
  return { calendar, standard, hypercare };
}

beforeEach(async () => {
  await resetDatabase();
  await resetSlaTables();
});

describe("pickPolicy", () => {
  it("takes the hypercare policy inside its window and the default outside it", async () => {
    const { standard, hypercare } = await makePolicies();
    expect(await pickPolicy(db, sh("2026-03-02T00:00"))).toEqual({ id: hypercare.id });
    expect(await pickPolicy(db, sh("2026-03-29T23:59"))).toEqual({ id: hypercare.id });
    expect(await pickPolicy(db, sh("2026-03-30T00:00"))).toEqual({ id: standard.id }); // the end is exclusive
    expect(await pickPolicy(db, sh("2026-03-01T23:59"))).toEqual({ id: standard.id });
  });

  it("skips an inactive hypercare policy", async () => {
    const { standard, hypercare } = await makePolicies();
    await db.slaPolicy.update({ where: { id: hypercare.id }, data: { active: false } });
    expect(await pickPolicy(db, sh("2026-03-10T10:00"))).toEqual({ id: standard.id });
  });

  it("refuses with a readable error when there is no default", async () => {
    const { standard } = await makePolicies();
    await db.slaPolicy.update({ where: { id: standard.id }, data: { isDefault: false } });
    const error = await pickPolicy(db, sh("2026-05-01T10:00")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).key).toBe("sla.errors.noPolicy");
  });
});

describe("loadRules", () => {
  it("reads the calendar's hours, holidays and 调休 days in its zone", async () => {
    const { standard } = await makePolicies();
    const rules = await loadRules(db, standard.id);
    expect(rules).toMatchObject({ mode: "BUSINESS", timeZone: "Asia/Shanghai", code: "STANDARD", targets: { P1: { firstResponseMinutes: 30, resolutionMinutes: 240 } } });
    expect(rules.calendar?.holidays.has("2026-02-17")).toBe(true);
    expect(rules.calendar?.workingDays.has("2026-02-14")).toBe(true);
    expect(rules.calendar?.lunchStart).toBe(12 * H);
  });

  it("gives a wall-clock policy without a calendar the portal's zone and its overnight rule", async () => {
    const { hypercare } = await makePolicies();
    expect(await loadRules(db, hypercare.id)).toMatchObject({ mode: "WALL_CLOCK", calendar: null, timeZone: "Asia/Shanghai", sameDayCutoffMinute: 1080, sameDayEndMinute: 1320 });
  });
});

describe("issueDeadlines", () => {
  it("counts business time over the Spring Festival from the database calendar", async () => {
    const { standard } = await makePolicies();
    const d = await issueDeadlines(db, { policyId: standard.id, priority: "P2", startedAt: sh("2026-02-13T17:00"), pauses: [] });
    // First response 2 h: Fri 17–18, then the 调休 Saturday 09–10.
    expect(d.firstResponse).toEqual({ dueAt: sh("2026-02-14T10:00"), warnAt: sh("2026-02-14T09:30") });
    // Resolution one working day (7.5 h): 1 h Friday, 6.5 h Saturday → Sat 17:00 (lunch skipped).
    expect(d.resolution.dueAt).toEqual(sh("2026-02-14T17:00"));
  });

  it("applies the hypercare overnight rule and shifts both clocks by a pause", async () => {
    const { hypercare } = await makePolicies();
    const d = await issueDeadlines(db, { policyId: hypercare.id, priority: "P4", startedAt: sh("2026-03-10T16:00"), pauses: [] });
    expect(d.firstResponse.dueAt).toEqual(sh("2026-03-10T22:00")); // 8 h would be midnight
    expect(d.resolution.dueAt).toEqual(sh("2026-03-13T16:00"));
    const paused = await issueDeadlines(db, { policyId: hypercare.id, priority: "P1", startedAt: sh("2026-03-10T16:00"), pauses: [{ from: sh("2026-03-10T17:00"), to: sh("2026-03-10T19:00") }] });
    expect(paused.resolution.dueAt).toEqual(sh("2026-03-10T22:00"));
  });

  it("refuses a priority the policy has no target for", async () => {
    const { standard } = await makePolicies();
    const error = await issueDeadlines(db, { policyId: standard.id, priority: "P4", startedAt: sh("2026-03-10T10:00"), pauses: [] }).catch((e: unknown) => e);
    expect((error as ActionError).key).toBe("sla.errors.noTarget");
  });
});

describe("routeIssue", () => {
  async function setup() {
    const support = await makeUser("SUPPORT");
    const other = await makeUser("SUPPORT");
    const finance = await db.supportGroup.create({ data: { code: "FIN", nameZh: "财务组", nameEn: "Finance", members: { create: [{ userId: support.id }, { userId: other.id }] } } });
    const system = await db.supportGroup.create({ data: { code: "SYS", nameZh: "系统与权限组", nameEn: "System", members: { create: [{ userId: other.id }] } } });
    return { support, other, finance, system };
  }

  it("takes the first matching rule by position, a typed rule above the catch-all winning for its type", async () => {
    const { support, other, finance, system } = await setup();
    await db.routingRule.createMany({
      data: [
        { position: 1, module: "FINANCE", type: "ACCESS", groupId: system.id, assigneeId: other.id },
        { position: 2, module: "FINANCE", groupId: finance.id, assigneeId: support.id },
        { position: 3, module: "FINANCE", type: "DATA", groupId: system.id }, // below the catch-all: never reached
      ],
    });
    expect(await routeIssue(db, { module: "FINANCE", type: "ACCESS" })).toEqual({ groupId: system.id, assigneeId: other.id });
    expect(await routeIssue(db, { module: "FINANCE", type: "DATA" })).toEqual({ groupId: finance.id, assigneeId: support.id });
    expect(await routeIssue(db, { module: "FINANCE", type: null })).toEqual({ groupId: finance.id, assigneeId: support.id });
    expect(await routeIssue(db, { module: "SALES", type: "DEFECT" })).toEqual({ groupId: null, assigneeId: null });
  });

  it("skips rules of inactive groups and leaves out an inactive assignee", async () => {
    const { support, finance, system } = await setup();
    await db.routingRule.createMany({
      data: [
        { position: 1, module: "FINANCE", groupId: system.id },
        { position: 2, module: "FINANCE", groupId: finance.id, assigneeId: support.id },
      ],
    });
    await db.supportGroup.update({ where: { id: system.id }, data: { active: false } });
    await db.user.update({ where: { id: support.id }, data: { active: false } });
    expect(await routeIssue(db, { module: "FINANCE", type: "QUESTION" })).toEqual({ groupId: finance.id, assigneeId: null });
  });
});
