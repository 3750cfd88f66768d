import "server-only";
import type { z } from "zod";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { isWorkingDay, type WorkingCalendar } from "../clock";
import { parseDayList } from "../day-import";
import { chinaHolidayPreset, CN_PRESET_YEARS } from "../holidays-cn";
import { isTimeZone } from "../zoned-time";
import {
  ZAddCalendarDay,
  ZCreateCalendar,
  ZDeleteCalendar,
  ZImportCalendarDays,
  ZLoadHolidayPreset,
  ZRemoveCalendarDay,
  ZUpdateCalendar,
} from "../schemas";

const REVALIDATE = ["/support/settings"];
const CALENDAR_FIELDS = { id: true, code: true, name: true, timeZone: true, workDays: true, workStart: true, workEnd: true, lunchStart: true, lunchEnd: true, version: true } as const;

async function findCalendar(tx: Tx, id: string) {
  const calendar = await tx.workCalendar.findUnique({ where: { id }, select: CALENDAR_FIELDS });
  if (!calendar) throw new ActionError("errors.notFound");
  return calendar;
}

type Hours = Pick<z.output<typeof ZUpdateCalendar>, "timeZone" | "workDays" | "workStart" | "workEnd" | "lunchStart" | "lunchEnd">;

/** Hours that make a working day: a real zone, some work days, start before end, lunch inside the day. */
function assertHours(input: Hours) {
  if (!isTimeZone(input.timeZone)) throw new ActionError("sla.errors.timeZone", {}, "timeZone");
  if (input.workDays.length === 0) throw new ActionError("sla.errors.noWorkDays", {}, "workDays");
  if (input.workEnd <= input.workStart) throw new ActionError("sla.errors.endBeforeStart", {}, "workEnd");
  if ((input.lunchStart === null) !== (input.lunchEnd === null)) throw new ActionError("sla.errors.lunchIncomplete", {}, input.lunchStart === null ? "lunchStart" : "lunchEnd");
  if (input.lunchStart !== null && input.lunchEnd !== null) {
    if (input.lunchEnd <= input.lunchStart) throw new ActionError("sla.errors.endBeforeStart", {}, "lunchEnd");
    if (input.lunchStart <= input.workStart || input.lunchEnd >= input.workEnd) throw new ActionError("sla.errors.lunchOutside", {}, "lunchStart");
  }
}

/** A 调休 working day only means something on a day the weekly pattern leaves off. */
function weeklyCalendar(workDays: readonly number[]): WorkingCalendar {
  return { timeZone: "UTC", workDays, workStart: 0, workEnd: 1, holidays: new Set(), workingDays: new Set() };
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const createCalendar = defineAction({
  name: "sla.createCalendar",
  permission: "support.configure",
  input: ZCreateCalendar,
  successMessage: "sla.calendars.created",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    assertHours(input);
    if (await tx.workCalendar.findUnique({ where: { code: input.code } })) throw new ActionError("sla.errors.codeTaken", {}, "code");
    const calendar = await tx.workCalendar.create({ data: input, select: CALENDAR_FIELDS });
    await audit({ action: "create", entityType: "WorkCalendar", entityId: calendar.id, after: calendar });
    return { id: calendar.id };
  },
});

export const updateCalendar = defineAction({
  name: "sla.updateCalendar",
  permission: "support.configure",
  input: ZUpdateCalendar,
  successMessage: "sla.saved",
  revalidate: REVALIDATE,
  async handler({ id, version, ...data }, { tx, audit }) {
    const before = await findCalendar(tx, id);
    assertHours(data);
    const { count } = await tx.workCalendar.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const after = await findCalendar(tx, id);
    await audit({ action: "update", entityType: "WorkCalendar", entityId: id, before, after });
    return { version: after.version };
  },
});

export const deleteCalendar = defineAction({
  name: "sla.deleteCalendar",
  permission: "support.configure",
  input: ZDeleteCalendar,
  successMessage: "sla.calendars.deleted",
  revalidate: REVALIDATE,
  async handler({ id, version }, { tx, audit }) {
    const before = await findCalendar(tx, id);
    const users = await tx.slaPolicy.findMany({ where: { calendarId: id }, select: { code: true } });
    if (users.length > 0) throw new ActionError("sla.errors.calendarInUse", { policies: users.map((p) => p.code).join(", ") });
    const { count } = await tx.workCalendar.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit({ action: "delete", entityType: "WorkCalendar", entityId: id, before });
    return null;
  },
});

export const addCalendarDay = defineAction({
  name: "sla.addCalendarDay",
  permission: "support.configure",
  input: ZAddCalendarDay,
  successMessage: "sla.days.added",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    const calendar = await findCalendar(tx, input.calendarId);
    const existing = await tx.calendarDay.findUnique({ where: { calendarId_date: { calendarId: calendar.id, date: day(input.date) } } });
    if (existing) throw new ActionError("sla.errors.dayExists", { name: existing.name }, "date");
    if (input.kind === "WORKDAY" && isWorkingDay(weeklyCalendar(calendar.workDays), input.date)) throw new ActionError("sla.errors.workdayOnWorkday", {}, "date");
    const row = await tx.calendarDay.create({ data: { calendarId: calendar.id, date: day(input.date), kind: input.kind, name: input.name } });
    await audit({ action: "addDay", entityType: "WorkCalendar", entityId: calendar.id, after: { date: input.date, kind: row.kind, name: row.name } });
    return null;
  },
});

export const removeCalendarDay = defineAction({
  name: "sla.removeCalendarDay",
  permission: "support.configure",
  input: ZRemoveCalendarDay,
  successMessage: "sla.days.removed",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    await findCalendar(tx, input.calendarId);
    const key = { calendarId_date: { calendarId: input.calendarId, date: day(input.date) } };
    const before = await tx.calendarDay.findUnique({ where: key });
    if (!before) throw new ActionError("errors.notFound");
    await tx.calendarDay.delete({ where: key });
    await audit({ action: "removeDay", entityType: "WorkCalendar", entityId: input.calendarId, before: { date: input.date, kind: before.kind, name: before.name } });
    return null;
  },
});

/** China's official days for a year; days already in the calendar are kept as they are (they may have been edited). */
export const loadHolidayPreset = defineAction({
  name: "sla.loadHolidayPreset",
  permission: "support.configure",
  input: ZLoadHolidayPreset,
  successMessage: "sla.days.presetLoaded",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    const calendar = await findCalendar(tx, input.calendarId);
    if (!CN_PRESET_YEARS.includes(input.year)) throw new ActionError("sla.errors.noPreset", { year: input.year }, "year");
    const days = chinaHolidayPreset(input.year);
    const { count } = await tx.calendarDay.createMany({
      data: days.map((d) => ({ calendarId: calendar.id, date: day(d.date), kind: d.kind, name: d.name })),
      skipDuplicates: true,
    });
    await audit({ action: "loadHolidayPreset", entityType: "WorkCalendar", entityId: calendar.id, after: { year: input.year, added: count, kept: days.length - count } });
    return { added: count, kept: days.length - count };
  },
});

/** Pasted lines or CSV: all or nothing; a date already in the calendar takes the pasted kind and name. */
export const importCalendarDays = defineAction({
  name: "sla.importCalendarDays",
  permission: "support.configure",
  input: ZImportCalendarDays,
  successMessage: "sla.days.imported",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    const calendar = await findCalendar(tx, input.calendarId);
    const parsed = parseDayList(input.text);
    const lines = (list: number[]) => ({ lines: list.slice(0, 10).join(", ") + (list.length > 10 ? " …" : ""), count: list.length });
    if (parsed.invalidLines.length) throw new ActionError("sla.errors.importInvalid", lines(parsed.invalidLines), "text");
    if (parsed.duplicateLines.length) throw new ActionError("sla.errors.importDuplicate", lines(parsed.duplicateLines), "text");
    if (parsed.days.length === 0) throw new ActionError("sla.errors.importEmpty", {}, "text");
    if (parsed.days.length > 400) throw new ActionError("sla.errors.importTooMany", { max: 400 }, "text");
    const weekly = weeklyCalendar(calendar.workDays);
    const wrongWorkdays = parsed.days.filter((d) => d.kind === "WORKDAY" && isWorkingDay(weekly, d.date)).map((d) => d.line);
    if (wrongWorkdays.length) throw new ActionError("sla.errors.importWorkday", lines(wrongWorkdays), "text");
    const existing = new Set(
      (await tx.calendarDay.findMany({ where: { calendarId: calendar.id, date: { in: parsed.days.map((d) => day(d.date)) } }, select: { date: true } })).map((d) => d.date.toISOString().slice(0, 10)),
    );
    for (const d of parsed.days) {
      const name = d.name ?? (d.kind === "HOLIDAY" ? "节假日" : "调休上班");
      await tx.calendarDay.upsert({
        where: { calendarId_date: { calendarId: calendar.id, date: day(d.date) } },
        create: { calendarId: calendar.id, date: day(d.date), kind: d.kind, name },
        update: { kind: d.kind, name },
      });
    }
    const replaced = parsed.days.filter((d) => existing.has(d.date)).length;
    await audit({ action: "importDays", entityType: "WorkCalendar", entityId: calendar.id, after: { days: parsed.days.map((d) => `${d.date} ${d.kind}`), replaced } });
    return { added: parsed.days.length - replaced, replaced };
  },
});
