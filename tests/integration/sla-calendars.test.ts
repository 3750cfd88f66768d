import { beforeEach, describe, expect, it } from "vitest";
import {
  addCalendarDay,
  createCalendar,
  deleteCalendar,
  importCalendarDays,
  loadHolidayPreset,
  removeCalendarDay,
  updateCalendar,
} from "@/modules/sla/definitions";
import { actorOf, db, makeUser, META, resetDatabase } from "../support/db";

/** resetDatabase reaches groups and rules through their users, but not calendars or policies. */
async function resetSlaTables() {
  await db.$executeRawUnsafe(`TRUNCATE "Issue", "RoutingRule", "SupportGroupMember", "SupportGroup", "SlaTarget", "SlaPolicy", "CalendarDay", "WorkCalendar" CASCADE`);
}

type Actor = ReturnType<typeof actorOf>;
let support: Actor;
const CONFLICT = expect.stringContaining("Someone else changed this record");

const calendarInput = (over: Record<string, unknown> = {}) => ({
  code: "cn-std", name: "中国标准", timeZone: "Asia/Shanghai", workDays: ["1", "2", "3", "4", "5"], workStart: "09:00", workEnd: "18:00", lunchStart: "12:00", lunchEnd: "13:30", ...over,
});

async function newCalendar() {
  const r = await createCalendar.execute(support, calendarInput(), META);
  if (!r.ok) throw new Error(r.error);
  return db.workCalendar.findUniqueOrThrow({ where: { id: r.data.id } });
}

const days = (calendarId: string) => db.calendarDay.findMany({ where: { calendarId }, orderBy: { date: "asc" } }).then((rows) => rows.map((d) => `${d.date.toISOString().slice(0, 10)} ${d.kind} ${d.name}`));

beforeEach(async () => {
  await resetDatabase();
  await resetSlaTables();
  support = actorOf(await makeUser("SUPPORT"));
});

describe("working calendars", () => {
  it("creates a calendar with its hours in minutes and an audit entry", async () => {
    const r = await createCalendar.execute(support, calendarInput(), META);
    expect(r).toMatchObject({ ok: true, message: "Calendar created." });
    const c = await db.workCalendar.findFirstOrThrow();
    expect(c).toMatchObject({ code: "CN-STD", workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080, lunchStart: 720, lunchEnd: 810, version: 1 });
    expect(await db.auditLog.findFirst({ where: { entityType: "WorkCalendar", entityId: c.id, action: "create", actorId: support.id } })).not.toBeNull();
  });

  it("refuses hours that make no working day, keeping what was typed", async () => {
    await newCalendar();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: "CN-STD" }, "code", "This code is already in use."],
      [{ code: "other", workEnd: "08:00" }, "workEnd", "The end must be after the start."],
      [{ code: "other", lunchStart: "08:00" }, "lunchStart", "The lunch break must lie within working hours."],
      [{ code: "other", lunchEnd: "" }, "lunchEnd", "Give both the start and the end of the lunch break, or neither."],
      [{ code: "other", workDays: undefined }, "workDays", "Choose at least one working day."],
      [{ code: "other", timeZone: "Mars/Olympus" }, "timeZone", "Unknown time zone: use a name such as Asia/Shanghai."],
    ];
    for (const [over, field, message] of cases) {
      const r = await createCalendar.execute(support, calendarInput(over), META);
      expect(r, field).toMatchObject({ ok: false, fieldErrors: { [field]: message }, values: { name: "中国标准" } });
    }
    expect(await createCalendar.execute(support, calendarInput({ code: "x", workStart: "9 am" }), META)).toMatchObject({ ok: false, fieldErrors: { workStart: "Not a valid value." } });
    expect(await db.workCalendar.count()).toBe(1);
  });

  it("updates the hours once per version and audits before and after", async () => {
    const c = await newCalendar();
    const input = { id: c.id, version: c.version, ...calendarInput({ workDays: ["1", "2", "3", "4", "5", "6"], lunchStart: "", lunchEnd: "" }) };
    expect(await updateCalendar.execute(support, input, META)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db.workCalendar.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ workDays: [1, 2, 3, 4, 5, 6], lunchStart: null, version: 2 });
    expect(await updateCalendar.execute(support, { ...input, name: "改名" }, META)).toMatchObject({ ok: false, error: CONFLICT });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.id, action: "update" } });
    expect(audit.before).toMatchObject({ lunchStart: 720 });
    expect(audit.after).toMatchObject({ lunchStart: null, workDays: [1, 2, 3, 4, 5, 6] });
  });

  it("deletes an unused calendar but not one a policy uses", async () => {
    const c = await newCalendar();
    const policy = await db.slaPolicy.create({ data: { code: "STD", nameZh: "标准", nameEn: "Standard", mode: "BUSINESS", calendarId: c.id } });
    expect(await deleteCalendar.execute(support, { id: c.id, version: c.version }, META)).toMatchObject({ ok: false, error: "The SLA policies STD use this calendar; give them another calendar first." });
    await db.slaPolicy.delete({ where: { id: policy.id } });
    expect(await deleteCalendar.execute(support, { id: c.id, version: c.version + 1 }, META)).toMatchObject({ ok: false, error: CONFLICT });
    expect(await deleteCalendar.execute(support, { id: c.id, version: c.version }, META)).toMatchObject({ ok: true });
    expect(await db.workCalendar.count()).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: c.id, action: "delete" } })).toBe(1);
  });
});

describe("holidays and adjusted working days", () => {
  it("adds and removes a day, each audited", async () => {
    const c = await newCalendar();
    expect(await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-12-31", kind: "HOLIDAY", name: "公司年会" }, META)).toMatchObject({ ok: true, message: "Day added." });
    expect(await days(c.id)).toEqual(["2026-12-31 HOLIDAY 公司年会"]);
    expect(await removeCalendarDay.execute(support, { calendarId: c.id, date: "2026-12-31" }, META)).toMatchObject({ ok: true });
    expect(await days(c.id)).toEqual([]);
    expect(await removeCalendarDay.execute(support, { calendarId: c.id, date: "2026-12-31" }, META)).toMatchObject({ ok: false, error: "The record does not exist or was deleted." });
    expect((await db.auditLog.findMany({ where: { entityId: c.id }, orderBy: { at: "asc" } })).map((a) => a.action)).toEqual(["create", "addDay", "removeDay"]);
  });

  it("refuses a date twice, an invalid date and an adjusted working day on a weekday", async () => {
    const c = await newCalendar();
    await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" }, META);
    expect(await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-10-01", kind: "WORKDAY", name: "x" }, META)).toMatchObject({
      ok: false, fieldErrors: { date: "This date is already in the calendar (国庆节). Remove it first to change it." },
    });
    expect(await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-02-30", kind: "HOLIDAY", name: "x" }, META)).toMatchObject({ ok: false, fieldErrors: { date: expect.any(String) } });
    expect(await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-10-09", kind: "WORKDAY", name: "调休" }, META)).toMatchObject({
      ok: false, fieldErrors: { date: expect.stringContaining("already a working day") },
    });
    expect(await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-10-10", kind: "WORKDAY", name: "国庆节调休上班" }, META)).toMatchObject({ ok: true });
  });

  it("loads China's 2026 schedule once, keeping days already there", async () => {
    const c = await newCalendar();
    await addCalendarDay.execute(support, { calendarId: c.id, date: "2026-10-01", kind: "HOLIDAY", name: "公司自定" }, META);
    expect(await loadHolidayPreset.execute(support, { calendarId: c.id, year: "2026" }, META)).toMatchObject({ ok: true, data: { added: 38, kept: 1 } });
    const all = await days(c.id);
    expect(all).toHaveLength(39);
    expect(all).toContain("2026-10-01 HOLIDAY 公司自定");
    expect(all).toContain("2026-02-14 WORKDAY 春节调休上班");
    expect(await loadHolidayPreset.execute(support, { calendarId: c.id, year: "2026" }, META)).toMatchObject({ ok: true, data: { added: 0, kept: 39 } });
    expect(await loadHolidayPreset.execute(support, { calendarId: c.id, year: "2031" }, META)).toMatchObject({ ok: false, fieldErrors: { year: "No official holiday schedule for 2031 is built in yet." } });
    expect(await db.auditLog.count({ where: { entityId: c.id, action: "loadHolidayPreset" } })).toBe(2);
  });

  it("imports a pasted list in the usual notations, replacing days already there", async () => {
    const c = await newCalendar();
    await addCalendarDay.execute(support, { calendarId: c.id, date: "2027-01-01", kind: "HOLIDAY", name: "旧名称" }, META);
    const text = ["日期,类型,名称", "2027-01-01, 休, 元旦", "2027/2/6\t班\t春节调休上班", "# comment", "", "2027年2月11日 休 春节", "2027-02-12;holiday"].join("\n");
    expect(await importCalendarDays.execute(support, { calendarId: c.id, text }, META)).toMatchObject({ ok: true, data: { added: 3, replaced: 1 }, message: "Days imported." });
    expect(await days(c.id)).toEqual(["2027-01-01 HOLIDAY 元旦", "2027-02-06 WORKDAY 春节调休上班", "2027-02-11 HOLIDAY 春节", "2027-02-12 HOLIDAY 节假日"]);
    expect(await db.auditLog.count({ where: { entityId: c.id, action: "importDays" } })).toBe(1);
  });

  it("imports nothing when a line is wrong and names the lines", async () => {
    const c = await newCalendar();
    const bad = async (text: string) => importCalendarDays.execute(support, { calendarId: c.id, text }, META);
    expect(await bad("2027-01-01 休 元旦\n1 Jan 2027 off\n2027-13-01 休")).toMatchObject({ ok: false, fieldErrors: { text: expect.stringMatching(/^Lines 2, 3 could not be read/) }, values: { text: expect.stringContaining("元旦") } });
    expect(await bad("2027-01-01 休\n2027-01-01 班")).toMatchObject({ ok: false, fieldErrors: { text: "Line 2 repeats a date given above." } });
    expect(await bad("2027-01-04 班 周一")).toMatchObject({ ok: false, fieldErrors: { text: "Line 1 marks a normal working day as an adjusted working day (班)." } });
    expect(await bad("# nothing")).toMatchObject({ ok: false, fieldErrors: { text: "The list contains no days." } });
    expect(await days(c.id)).toEqual([]);
  });
});
