import { beforeEach, describe, expect, it } from "vitest";
import {
  addGroupMember,
  createGroup,
  createRoutingRule,
  deleteRoutingRule,
  moveRoutingRule,
  removeGroupMember,
  updateGroup,
  updateRoutingRule,
} from "@/modules/sla/definitions";
import { ruleStamp } from "@/modules/sla/schemas";
import { routeIssue } from "@/modules/sla/service";
import { actorOf, db, makeUser, META, resetDatabase } from "../support/db";

/** resetDatabase reaches groups and rules through their users, but not calendars or policies. */
async function resetSlaTables() {
  await db.$executeRawUnsafe(`TRUNCATE "Issue", "RoutingRule", "SupportGroupMember", "SupportGroup", "SlaTarget", "SlaPolicy", "CalendarDay", "WorkCalendar" CASCADE`);
}

type User = Awaited<ReturnType<typeof makeUser>>;
let admin: ReturnType<typeof actorOf>;
let chen: User, huang: User, pm: User, keyUser: User;
const CONFLICT = expect.stringContaining("Someone else changed this record");

async function group(code: string, leadId = "") {
  const r = await createGroup.execute(admin, { code, nameZh: `${code}组`, nameEn: `${code} group`, leadId }, META);
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.supportGroup.findUniqueOrThrow({ where: { id: r.data.id } });
}

async function rule(input: Record<string, unknown>) {
  const r = await createRoutingRule.execute(admin, input, META);
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.routingRule.findUniqueOrThrow({ where: { id: r.data.id } });
}

const order = () => db.routingRule.findMany({ orderBy: { position: "asc" }, select: { module: true, type: true } }).then((rows) => rows.map((r) => `${r.module}${r.type ? `/${r.type}` : ""}`));

beforeEach(async () => {
  await resetDatabase();
  await resetSlaTables();
  admin = actorOf(await makeUser("ADMIN"));
  chen = await makeUser("SUPPORT");
  huang = await makeUser("SUPPORT");
  pm = await makeUser("PROJECT_MANAGER");
  keyUser = await makeUser("KEY_USER");
});

describe("support groups", () => {
  it("creates a group whose lead starts as a member, audited", async () => {
    const g = await group("fin", chen.id);
    expect(g).toMatchObject({ code: "FIN", leadId: chen.id, active: true });
    expect(await db.supportGroupMember.findMany({ where: { groupId: g.id }, select: { userId: true } })).toEqual([{ userId: chen.id }]);
    expect(await db.auditLog.count({ where: { entityType: "SupportGroup", entityId: g.id, action: "create" } })).toBe(1);
  });

  it("refuses a lead or member outside the support team and a code twice", async () => {
    await group("fin");
    expect(await createGroup.execute(admin, { code: "FIN", nameZh: "x", nameEn: "x" }, META)).toMatchObject({ ok: false, fieldErrors: { code: "This code is already in use." } });
    expect(await createGroup.execute(admin, { code: "scm", nameZh: "供应链组", nameEn: "Supply chain", leadId: keyUser.id }, META)).toMatchObject({
      ok: false, fieldErrors: { leadId: "Choose an active member of the support team (support engineer or project manager)." },
    });
    const g = await group("scm");
    expect(await addGroupMember.execute(admin, { groupId: g.id, userId: keyUser.id }, META)).toMatchObject({ ok: false, fieldErrors: { userId: expect.stringContaining("support team") } });
    await db.user.update({ where: { id: huang.id }, data: { active: false } });
    expect(await addGroupMember.execute(admin, { groupId: g.id, userId: huang.id }, META)).toMatchObject({ ok: false, fieldErrors: { userId: expect.stringContaining("support team") } });
  });

  it("edits name, lead and status once per version; a new lead joins the group", async () => {
    const g = await group("fin");
    const input = { id: g.id, version: g.version, nameZh: "财务组", nameEn: "Finance", leadId: pm.id, active: "on" };
    expect(await updateGroup.execute(admin, input, META)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateGroup.execute(admin, { ...input, nameEn: "Finance team" }, META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(await updateGroup.execute(admin, { ...input, version: 2, active: "" }, META)).toMatchObject({ ok: true });
    expect(await db.supportGroup.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ nameZh: "财务组", leadId: pm.id, active: false, version: 3 });
    expect(await db.supportGroupMember.findMany({ where: { groupId: g.id }, select: { userId: true } })).toEqual([{ userId: pm.id }]);
    expect(await db.auditLog.count({ where: { entityId: g.id, action: "update" } })).toBe(2);
  });

  it("adds and removes members, but not someone routing still names", async () => {
    const g = await group("fin", chen.id);
    expect(await addGroupMember.execute(admin, { groupId: g.id, userId: huang.id }, META)).toMatchObject({ ok: true, message: "Member added." });
    expect(await addGroupMember.execute(admin, { groupId: g.id, userId: huang.id }, META)).toMatchObject({ ok: false, fieldErrors: { userId: "This person is already a member." } });
    await rule({ module: "FINANCE", groupId: g.id, assigneeId: huang.id });
    expect(await removeGroupMember.execute(admin, { groupId: g.id, userId: huang.id }, META)).toMatchObject({
      ok: false, error: "This person is the assignee of 1 routing rule(s) of this group: change those rules first.",
    });
    expect(await removeGroupMember.execute(admin, { groupId: g.id, userId: chen.id }, META)).toMatchObject({ ok: true });
    expect(await removeGroupMember.execute(admin, { groupId: g.id, userId: chen.id }, META)).toMatchObject({ ok: false, error: "The record does not exist or was deleted." });
    expect((await db.auditLog.findMany({ where: { entityId: g.id }, orderBy: { at: "asc" } })).map((a) => a.action)).toEqual(["create", "addMember", "removeMember"]);
  });
});

describe("routing rules", () => {
  it("appends rules in order and routes the first match", async () => {
    const fin = await group("fin", chen.id);
    const sys = await group("sys", huang.id);
    await rule({ module: "FINANCE", groupId: fin.id, assigneeId: chen.id });
    const access = await rule({ module: "FINANCE", type: "ACCESS", groupId: sys.id });
    expect(await order()).toEqual(["FINANCE", "FINANCE/ACCESS"]);
    // The catch-all above takes access issues too, until the typed rule moves up.
    expect(await routeIssue(db, { module: "FINANCE", type: "ACCESS" })).toEqual({ groupId: fin.id, assigneeId: chen.id });
    expect(await moveRoutingRule.execute(admin, { id: access.id, direction: "up", position: access.position }, META)).toMatchObject({ ok: true });
    expect(await order()).toEqual(["FINANCE/ACCESS", "FINANCE"]);
    expect(await routeIssue(db, { module: "FINANCE", type: "ACCESS" })).toEqual({ groupId: sys.id, assigneeId: null });
    expect(await db.auditLog.count({ where: { entityType: "RoutingRule", action: "move" } })).toBe(1);
  });

  it("refuses an assignee outside the group and a group that is inactive", async () => {
    const fin = await group("fin", chen.id);
    expect(await createRoutingRule.execute(admin, { module: "FINANCE", groupId: fin.id, assigneeId: huang.id }, META)).toMatchObject({
      ok: false, fieldErrors: { assigneeId: "The assignee must be an active member of the chosen group." },
    });
    await db.supportGroup.update({ where: { id: fin.id }, data: { active: false } });
    expect(await createRoutingRule.execute(admin, { module: "FINANCE", groupId: fin.id }, META)).toMatchObject({ ok: false, fieldErrors: { groupId: "Choose an active support group." } });
    expect(await createRoutingRule.execute(admin, { module: "PAYROLL", groupId: fin.id }, META)).toMatchObject({ ok: false, fieldErrors: { module: "Choose a value from the list." } });
  });

  it("moves a rule one place, refuses past the ends and when the list changed meanwhile", async () => {
    const fin = await group("fin");
    const a = await rule({ module: "SALES", groupId: fin.id });
    const b = await rule({ module: "PURCHASING", groupId: fin.id });
    const c = await rule({ module: "WAREHOUSE", groupId: fin.id });
    expect(await moveRoutingRule.execute(admin, { id: a.id, direction: "up", position: a.position }, META)).toMatchObject({ ok: false, error: "This rule is already first." });
    expect(await moveRoutingRule.execute(admin, { id: c.id, direction: "down", position: c.position }, META)).toMatchObject({ ok: false, error: "This rule is already last." });
    expect((await moveRoutingRule.execute(admin, { id: a.id, direction: "down", position: a.position }, META)).ok).toBe(true);
    expect(await order()).toEqual(["PURCHASING", "SALES", "WAREHOUSE"]);
    // A second click from the same stale page would move the rule again: refused instead.
    expect(await moveRoutingRule.execute(admin, { id: a.id, direction: "down", position: a.position }, META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(b.position).toBe(2);
  });

  it("edits and deletes a rule only as the page saw it, each audited", async () => {
    const fin = await group("fin", chen.id);
    const r = await rule({ module: "FINANCE", groupId: fin.id });
    const input = { id: r.id, stamp: ruleStamp(r), module: "HR", type: "DATA", groupId: fin.id, assigneeId: chen.id };
    expect(await updateRoutingRule.execute(admin, input, META)).toMatchObject({ ok: true });
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ module: "HR", type: "DATA", assigneeId: chen.id });
    expect(await updateRoutingRule.execute(admin, { ...input, module: "SALES" }, META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(await deleteRoutingRule.execute(admin, { id: r.id, stamp: ruleStamp(r) }, META)).toMatchObject({ ok: false, error: CONFLICT });
    const now = await db.routingRule.findUniqueOrThrow({ where: { id: r.id } });
    expect(await deleteRoutingRule.execute(admin, { id: r.id, stamp: ruleStamp(now) }, META)).toMatchObject({ ok: true, message: "Rule deleted." });
    expect(await db.routingRule.count()).toBe(0);
    expect((await db.auditLog.findMany({ where: { entityId: r.id }, orderBy: { at: "asc" } })).map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });
});
