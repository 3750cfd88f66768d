import { beforeEach, describe, expect, it } from "vitest";
import { createPolicy, updatePolicy, updateTargets } from "@/modules/sla/definitions";
import { pickPolicy } from "@/modules/sla/service";
import { actorOf, db, makeUser, META, resetDatabase } from "../support/db";

/** resetDatabase reaches groups and rules through their users, but not calendars or policies. */
async function resetSlaTables() {
  await db.$executeRawUnsafe(`TRUNCATE "Issue", "RoutingRule", "SupportGroupMember", "SupportGroup", "SlaTarget", "SlaPolicy", "CalendarDay", "WorkCalendar" CASCADE`);
}

type Actor = ReturnType<typeof actorOf>;
let admin: Actor;
let calendarId: string;
const CONFLICT = expect.stringContaining("Someone else changed this record");

const TARGETS = { fr_P1: "0.5", res_P1: "4", fr_P2: "2", res_P2: "7.5", fr_P3: "1:30", res_P3: "22.5", fr_P4: "90m", res_P4: "37.5h" };
const policyInput = (over: Record<string, unknown> = {}) => ({
  code: "std", nameZh: "标准", nameEn: "Standard", mode: "BUSINESS", calendarId, isDefault: "on", active: "on", validFrom: "", validTo: "", sameDayCutoff: "", sameDayEnd: "", ...TARGETS, ...over,
});
const hypercareInput = (over: Record<string, unknown> = {}) =>
  policyInput({ code: "hc", nameZh: "上线保障", nameEn: "Hypercare", mode: "WALL_CLOCK", calendarId: "", isDefault: "", validFrom: "2026-11-16", validTo: "2026-12-13", sameDayCutoff: "18:00", sameDayEnd: "22:00", ...over });

async function create(input: Record<string, unknown>) {
  const r = await createPolicy.execute(admin, input, META);
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.slaPolicy.findUniqueOrThrow({ where: { id: r.data.id }, include: { targets: { orderBy: { priority: "asc" } } } });
}

const editInput = (p: { id: string; version: number }, over: Record<string, unknown> = {}) => {
  const { code: _code, fr_P1: _a, res_P1: _b, fr_P2: _c, res_P2: _d, fr_P3: _e, res_P3: _f, fr_P4: _g, res_P4: _h, ...rest } = policyInput(over);
  return { id: p.id, version: p.version, ...rest };
};

beforeEach(async () => {
  await resetDatabase();
  await resetSlaTables();
  admin = actorOf(await makeUser("ADMIN"));
  calendarId = (await db.workCalendar.create({ data: { code: "CN", name: "CN", timeZone: "Asia/Shanghai", workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080 } })).id;
});

describe("creating SLA policies", () => {
  it("stores targets typed as hours, h:mm or minutes, and audits the policy", async () => {
    const p = await create(policyInput());
    expect(p).toMatchObject({ code: "STD", mode: "BUSINESS", isDefault: true, active: true, validFrom: null });
    expect(p.targets.map((t) => [t.priority, t.firstResponseMinutes, t.resolutionMinutes])).toEqual([["P1", 30, 240], ["P2", 120, 450], ["P3", 90, 1350], ["P4", 90, 2250]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "SlaPolicy", entityId: p.id, action: "create" } });
    expect(audit.after).toMatchObject({ code: "STD", targets: expect.arrayContaining([expect.objectContaining({ priority: "P1", firstResponseMinutes: 30 })]) });
  });

  it("keeps the hypercare window as whole days in the portal's zone and applies it to issues filed then", async () => {
    await create(policyInput());
    const hc = await create(hypercareInput());
    expect(hc.validFrom?.toISOString()).toBe("2026-11-15T16:00:00.000Z"); // 16 Nov 00:00 in Shanghai
    expect(hc.validTo?.toISOString()).toBe("2026-12-13T16:00:00.000Z"); // after 13 Dec, inclusive
    expect(hc).toMatchObject({ sameDayCutoffMinute: 1080, sameDayEndMinute: 1320, calendarId: null });
    expect(await pickPolicy(db, new Date("2026-12-13T15:59:00Z"))).toEqual({ id: hc.id });
  });

  it("refuses targets that are not positive, too long, not numbers, or a resolution before the response", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ fr_P1: "-1" }, "fr_P1", "Must be more than zero."],
      [{ res_P2: "0" }, "res_P2", "Must be more than zero."],
      [{ res_P4: "9000" }, "res_P4", "At most one year."],
      [{ fr_P3: "soon" }, "fr_P3", "Not a valid value."],
      [{ fr_P2: "8", res_P2: "4" }, "res_P2", "Resolution cannot be due before the first response."],
    ];
    for (const [over, field, message] of cases) {
      expect(await createPolicy.execute(admin, policyInput(over), META), field).toMatchObject({ ok: false, fieldErrors: { [field]: message }, values: { nameZh: "标准" } });
    }
    expect(await db.slaPolicy.count()).toBe(0);
  });

  it("refuses inconsistent settings with the field to fix", async () => {
    await create(policyInput());
    await create(hypercareInput());
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: "STD" }, "code", "This code is already in use."],
      [{ code: "b", calendarId: "" }, "calendarId", "Business-time policies need a working calendar."],
      [{ code: "c", isDefault: "", validFrom: "2027-01-10", validTo: "" }, "validTo", "Give both the first and the last day, or neither."],
      [{ code: "d", isDefault: "", validFrom: "2027-01-10", validTo: "2027-01-09" }, "validTo", "The end must be after the start."],
      [{ code: "e", isDefault: "", validFrom: "2026-12-01", validTo: "2026-12-31" }, "validFrom", "This period overlaps that of policy HC: only one time-limited policy may apply at a time."],
      [{ code: "f", isDefault: "", sameDayCutoff: "18:00", sameDayEnd: "22:00" }, "sameDayCutoff", expect.stringContaining("wall-clock") as unknown as string],
      [{ code: "g", mode: "WALL_CLOCK", isDefault: "", sameDayCutoff: "18:00" }, "sameDayEnd", "Give both the cutoff and the answer-by time, or neither."],
      [{ code: "h", mode: "WALL_CLOCK", isDefault: "", sameDayCutoff: "18:00", sameDayEnd: "17:00" }, "sameDayEnd", "The answer-by time must be after the cutoff."],
      [{ code: "i", active: "" }, "active", "The default policy must stay active."],
      [{ code: "j", validFrom: "2027-02-01", validTo: "2027-02-28" }, "validFrom", "The default policy applies at all times and cannot have a period."],
    ];
    for (const [over, field, message] of cases) {
      expect(await createPolicy.execute(admin, policyInput(over), META), field).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    }
    // An inactive policy may share a period: it applies to nobody.
    expect((await createPolicy.execute(admin, policyInput({ code: "k", isDefault: "", active: "", validFrom: "2026-12-01", validTo: "2026-12-31" }), META)).ok).toBe(true);
  });

  it("keeps one default: a new default takes the flag from the old one, audited", async () => {
    const first = await create(policyInput());
    const second = await create(policyInput({ code: "std2" }));
    expect(await db.slaPolicy.findMany({ where: { isDefault: true }, select: { id: true } })).toEqual([{ id: second.id }]);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ isDefault: false, version: 2 });
    expect(await db.auditLog.count({ where: { entityId: first.id, action: "unsetDefault" } })).toBe(1);
  });
});

describe("editing SLA policies", () => {
  it("saves settings once per version and refuses to leave the portal without a default", async () => {
    const p = await create(policyInput());
    expect(await updatePolicy.execute(admin, editInput(p, { nameEn: "Standard SLA" }), META)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updatePolicy.execute(admin, editInput(p, { nameEn: "Again" }), META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(await updatePolicy.execute(admin, editInput({ id: p.id, version: 2 }, { isDefault: "" }), META)).toMatchObject({
      ok: false, fieldErrors: { isDefault: "There must always be a default policy: make another policy the default instead." },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: p.id, action: "update" } });
    expect([(audit.before as { nameEn: string }).nameEn, (audit.after as { nameEn: string }).nameEn]).toEqual(["Standard", "Standard SLA"]);
  });

  it("makes another policy the default from its own settings", async () => {
    const std = await create(policyInput());
    const alt = await create(policyInput({ code: "alt", isDefault: "" }));
    expect((await updatePolicy.execute(admin, editInput(alt), META)).ok).toBe(true);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: std.id } })).toMatchObject({ isDefault: false });
    expect(await pickPolicy(db, new Date())).toEqual({ id: alt.id });
  });

  it("does not count a policy's own window as an overlap", async () => {
    await create(policyInput());
    const hc = await create(hypercareInput());
    const { code: _c, ...input } = hypercareInput({ validTo: "2026-12-20" });
    const r = await updatePolicy.execute(admin, { ...editInput(hc), ...input, id: hc.id, version: hc.version }, META);
    expect(r).toMatchObject({ ok: true });
  });

  it("saves targets once per version, with before and after in the audit log", async () => {
    const p = await create(policyInput());
    const input = { id: p.id, version: p.version, ...TARGETS, fr_P1: "0.25" };
    expect(await updateTargets.execute(admin, input, META)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db.slaTarget.findUniqueOrThrow({ where: { policyId_priority: { policyId: p.id, priority: "P1" } } })).toMatchObject({ firstResponseMinutes: 15 });
    expect(await updateTargets.execute(admin, { ...input, fr_P1: "1" }, META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(await updateTargets.execute(admin, { ...input, version: 2, res_P3: "-4" }, META)).toMatchObject({ ok: false, fieldErrors: { res_P3: "Must be more than zero." } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: p.id, action: "updateTargets" } });
    expect(audit.before).toEqual(expect.arrayContaining([expect.objectContaining({ priority: "P1", firstResponseMinutes: 30 })]));
    expect(audit.after).toEqual(expect.arrayContaining([expect.objectContaining({ priority: "P1", firstResponseMinutes: 15 })]));
  });
});
