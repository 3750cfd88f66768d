import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  effectiveTargetMinutes,
  isWorkingDay,
  slaDeadline,
  slaElapsed,
  type SlaRules,
  type WorkingCalendar,
} from "@/modules/sla/clock";
import { chinaHolidayPreset } from "@/modules/sla/holidays-cn";
import { localDay, localMinute, zonedTime } from "@/modules/sla/zoned-time";

// Shanghai wall time (no DST) and Berlin instants written in UTC, so every expectation reads as a clock.
const sh = (local: string) => new Date(`${local}:00+08:00`);
const iso = (d: Date) => d.toISOString();
const H = 60;

const preset = chinaHolidayPreset(2026);
/** 华鼎's calendar: Mon–Fri 09:00–18:00, lunch 12:00–13:30 (7.5 working hours a day), China 2026. */
const CN: WorkingCalendar = {
  timeZone: "Asia/Shanghai",
  workDays: [1, 2, 3, 4, 5],
  workStart: 9 * H,
  workEnd: 18 * H,
  lunchStart: 12 * H,
  lunchEnd: 13 * H + 30,
  holidays: new Set(preset.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
  workingDays: new Set(preset.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
};
const DAY = 7.5 * H;
const BUSINESS: SlaRules = { mode: "BUSINESS", timeZone: "Asia/Shanghai", calendar: CN };
const HYPERCARE: SlaRules = { mode: "WALL_CLOCK", timeZone: "Asia/Shanghai", calendar: null, sameDayCutoffMinute: 18 * H, sameDayEndMinute: 22 * H };
const WALL: SlaRules = { mode: "WALL_CLOCK", timeZone: "Asia/Shanghai", calendar: null };

const add = (start: string, minutes: number, cal: WorkingCalendar = CN) => addBusinessMinutes(cal, sh(start), minutes);

describe("working days", () => {
  it("knows weekends, weekday holidays and 调休 Saturdays", () => {
    expect(isWorkingDay(CN, "2026-03-06")).toBe(true); // a plain Friday
    expect(isWorkingDay(CN, "2026-03-07")).toBe(false); // Saturday
    expect(isWorkingDay(CN, "2026-04-06")).toBe(false); // 清明 Monday
    expect(isWorkingDay(CN, "2026-02-14")).toBe(true); // 调休 Saturday before 春节
    expect(isWorkingDay(CN, "2026-09-20")).toBe(true); // 调休 Sunday before 国庆
  });
});

describe("addBusinessMinutes inside one day", () => {
  it("adds within the morning", () => expect(add("2026-03-02T10:00", 60)).toEqual(sh("2026-03-02T11:00")));
  it("skips the lunch break", () => expect(add("2026-03-02T11:30", 60)).toEqual(sh("2026-03-02T14:00")));
  it("lands on the start of lunch rather than after it", () => expect(add("2026-03-02T11:00", 60)).toEqual(sh("2026-03-02T12:00")));
  it("starts counting after lunch when filed during lunch", () => expect(add("2026-03-02T12:30", 30)).toEqual(sh("2026-03-02T14:00")));
  it("starts at 09:00 when filed before work", () => expect(add("2026-03-02T07:00", 30)).toEqual(sh("2026-03-02T09:30")));
  it("moves to the next morning when filed after work", () => expect(add("2026-03-02T19:00", 30)).toEqual(sh("2026-03-03T09:30")));
  it("ends at 18:00, not the next morning, when the time runs out exactly then", () => expect(add("2026-03-02T17:00", 60)).toEqual(sh("2026-03-02T18:00")));
  it("returns the start for zero minutes", () => expect(add("2026-03-02T19:00", 0)).toEqual(sh("2026-03-02T19:00")));
  it("counts fractions of a minute", () => expect(add("2026-03-02T10:00", 0.5)).toEqual(new Date(sh("2026-03-02T10:00").getTime() + 30_000)));
});

describe("addBusinessMinutes across days", () => {
  it("skips the weekend", () => expect(add("2026-03-06T17:00", 120)).toEqual(sh("2026-03-09T10:00")));
  it("starts on Monday when filed on a Saturday", () => expect(add("2026-03-07T10:00", 45)).toEqual(sh("2026-03-09T09:45")));
  it("skips a holiday on a weekday (清明 Monday)", () => expect(add("2026-04-03T17:30", 60)).toEqual(sh("2026-04-07T09:30")));
  it("works the 调休 Saturday before Spring Festival", () => expect(add("2026-02-13T17:00", 4 * H)).toEqual(sh("2026-02-14T12:00")));
  it("jumps the whole Spring Festival week", () => expect(add("2026-02-14T17:00", 120)).toEqual(sh("2026-02-24T10:00")));
  it("starts after the holiday when filed on it", () => expect(add("2026-02-18T10:00", 30)).toEqual(sh("2026-02-24T09:30")));
  it("jumps National Day and works its 调休 Saturday", () => {
    expect(add("2026-09-30T17:00", 120)).toEqual(sh("2026-10-08T10:00"));
    expect(add("2026-10-09T17:00", 120)).toEqual(sh("2026-10-10T10:00"));
  });
  it("counts a target of several working days", () => {
    expect(add("2026-03-02T09:00", 5 * DAY)).toEqual(sh("2026-03-06T18:00"));
    expect(add("2026-03-04T10:00", 3 * DAY)).toEqual(sh("2026-03-09T10:00"));
  });
  it("counts five working days over New Year with its 调休 Sunday", () => {
    // Wed 31 Dec 2025 09:00: Wed, Sun 4 Jan (调休), Mon, Tue, Wed 7 Jan.
    expect(add("2025-12-31T09:00", 5 * DAY)).toEqual(sh("2026-01-07T18:00"));
  });
  it("refuses a calendar without any working time instead of looping", () => {
    expect(() => addBusinessMinutes({ ...CN, workDays: [], workingDays: new Set() }, sh("2026-03-02T10:00"), 30)).toThrow(/no working time/);
  });
  it("works without a lunch break", () => {
    expect(add("2026-03-02T11:30", 60, { ...CN, lunchStart: null, lunchEnd: null })).toEqual(sh("2026-03-02T12:30"));
  });
});

describe("businessMinutesBetween", () => {
  const between = (a: string, b: string) => businessMinutesBetween(CN, sh(a), sh(b));
  it("counts over lunch", () => expect(between("2026-03-02T11:00", "2026-03-02T14:00")).toBe(90));
  it("counts over a weekend", () => expect(between("2026-03-06T17:00", "2026-03-09T10:00")).toBe(120));
  it("is zero outside working time and backwards", () => {
    expect(between("2026-03-02T18:30", "2026-03-03T08:59")).toBe(0);
    expect(between("2026-03-03T10:00", "2026-03-02T10:00")).toBe(0);
  });
  it("counts the two weeks around Spring Festival: only the two 调休 Saturdays and four weekdays", () => {
    expect(between("2026-02-14T00:00", "2026-02-28T23:59")).toBe(6 * DAY);
  });
  it("undoes addBusinessMinutes for any start and length", () => {
    const starts = ["2026-02-13T08:00", "2026-02-13T12:10", "2026-02-14T17:59", "2026-03-07T03:00", "2026-04-03T17:45", "2026-09-30T13:30"];
    for (const s of starts) {
      for (const m of [1, 29, 90, 450, 451, 2000]) {
        expect(businessMinutesBetween(CN, sh(s), addBusinessMinutes(CN, sh(s), m))).toBeCloseTo(m, 6);
      }
    }
  });
});

describe("a zone with daylight saving time (Europe/Berlin)", () => {
  const BERLIN: WorkingCalendar = { timeZone: "Europe/Berlin", workDays: [1, 2, 3, 4, 5], workStart: 9 * H, workEnd: 17 * H, holidays: new Set(), workingDays: new Set() };
  it("reads 09:00 in summer time after the spring change", () => {
    // Fri 27 Mar 16:00 CET (15:00Z) + 2 h → Mon 30 Mar 10:00 CEST (08:00Z).
    expect(iso(addBusinessMinutes(BERLIN, new Date("2026-03-27T15:00:00Z"), 120))).toBe("2026-03-30T08:00:00.000Z");
  });
  it("reads 09:00 in winter time after the autumn change", () => {
    expect(iso(addBusinessMinutes(BERLIN, new Date("2026-10-23T14:00:00Z"), 120))).toBe("2026-10-26T09:00:00.000Z");
  });
  it("counts the minutes that really passed when working hours span the change", () => {
    const night: WorkingCalendar = { ...BERLIN, workDays: [7], workStart: 0, workEnd: 6 * H };
    expect(businessMinutesBetween(night, new Date("2026-03-28T12:00:00Z"), new Date("2026-03-29T12:00:00Z"))).toBe(5 * H);
    expect(businessMinutesBetween(night, new Date("2026-10-24T12:00:00Z"), new Date("2026-10-25T12:00:00Z"))).toBe(7 * H);
  });
  it("maps local times to instants on both sides of the change", () => {
    expect(iso(new Date(zonedTime("Europe/Berlin", "2026-03-29", 1 * H)))).toBe("2026-03-29T00:00:00.000Z");
    expect(iso(new Date(zonedTime("Europe/Berlin", "2026-03-29", 2 * H + 30)))).toBe("2026-03-29T01:30:00.000Z"); // the gap: 03:30 CEST
    expect(iso(new Date(zonedTime("Europe/Berlin", "2026-03-29", 4 * H)))).toBe("2026-03-29T02:00:00.000Z");
    expect(localDay("Europe/Berlin", new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(localMinute("Europe/Berlin", new Date("2026-03-29T02:00:00Z"))).toBe(4 * H);
  });
  it("caps a hypercare first response at 22:00 local on the day after a DST change", () => {
    const berlin: SlaRules = { ...HYPERCARE, timeZone: "Europe/Berlin" };
    // Sat 28 Mar 20:00 CET, after the cutoff: capped at Sun 29 Mar 22:00 CEST = 20:00Z, 24 real hours later.
    const d = slaDeadline(berlin, { metric: "FIRST_RESPONSE", startedAt: new Date("2026-03-28T19:00:00Z"), targetMinutes: 30 * H, pauses: [] });
    expect(iso(d.dueAt)).toBe("2026-03-29T20:00:00.000Z");
  });
});

describe("slaDeadline in business time", () => {
  const deadline = (start: string, target: number, pauses: { from: string; to: string | null }[] = [], rules: SlaRules = BUSINESS) =>
    slaDeadline(rules, { metric: "RESOLUTION", startedAt: sh(start), targetMinutes: target, pauses: pauses.map((p) => ({ from: sh(p.from), to: p.to ? sh(p.to) : null })) });

  it("puts the warning at exactly 75 % of the working time", () => {
    const d = deadline("2026-03-02T09:00", 4 * H); // 3 h before lunch + 1 h after
    expect(d.dueAt).toEqual(sh("2026-03-02T14:30"));
    expect(d.warnAt).toEqual(sh("2026-03-02T12:00"));
    expect(slaElapsed(BUSINESS, { startedAt: sh("2026-03-02T09:00"), now: d.warnAt, targetMinutes: 4 * H, pauses: [] }).fraction).toBe(0.75);
  });
  it("shifts the due time by a pause inside working hours", () => {
    expect(deadline("2026-03-02T09:00", 4 * H, [{ from: "2026-03-02T10:00", to: "2026-03-02T11:00" }]).dueAt).toEqual(sh("2026-03-02T15:30"));
  });
  it("is not moved by a pause outside working hours", () => {
    expect(deadline("2026-03-02T17:00", 120, [{ from: "2026-03-02T19:00", to: "2026-03-03T08:00" }]).dueAt).toEqual(sh("2026-03-03T10:00"));
  });
  it("shifts by the working minutes of an overnight pause only", () => {
    // 30 min used before the pause at 17:30; it ends Tue 09:30 (30 working minutes later); 90 min left.
    expect(deadline("2026-03-02T17:00", 120, [{ from: "2026-03-02T17:30", to: "2026-03-03T09:30" }]).dueAt).toEqual(sh("2026-03-03T11:00"));
  });
  it("pushes nothing while a pause is still open", () => {
    expect(deadline("2026-03-02T09:00", 4 * H, [{ from: "2026-03-02T10:00", to: null }])).toEqual(deadline("2026-03-02T09:00", 4 * H));
  });
  it("keeps a breach: a pause that starts after the due time moves nothing", () => {
    expect(deadline("2026-03-02T09:00", 60, [{ from: "2026-03-02T11:00", to: "2026-03-03T11:00" }]).dueAt).toEqual(sh("2026-03-02T10:00"));
  });
  it("ignores the part of a pause before the clock started and merges overlapping pauses", () => {
    const d = deadline("2026-03-02T10:00", 60, [
      { from: "2026-03-02T08:00", to: "2026-03-02T10:15" },
      { from: "2026-03-02T10:30", to: "2026-03-02T11:00" },
      { from: "2026-03-02T10:45", to: "2026-03-02T11:15" },
    ]);
    // 15 + 45 min paused; 10:15–10:30 and 11:15–12:00 used → 12:00 exactly.
    expect(d.dueAt).toEqual(sh("2026-03-02T12:00"));
  });
  it("moves a due time across the Spring Festival when paused just before it", () => {
    expect(deadline("2026-02-13T16:00", 3 * H, [{ from: "2026-02-13T17:00", to: "2026-02-14T17:00" }]).dueAt).toEqual(sh("2026-02-24T10:00"));
  });
  it("puts the warning of a pause-shifted target at 75 % of the SLA time", () => {
    const pauses = [{ from: sh("2026-03-02T10:00"), to: sh("2026-03-02T11:00") }];
    const d = slaDeadline(BUSINESS, { metric: "RESOLUTION", startedAt: sh("2026-03-02T09:00"), targetMinutes: 4 * H, pauses });
    // 3 h used: 09:00–10:00, 11:00–12:00, 13:30–14:30.
    expect(d.warnAt).toEqual(sh("2026-03-02T14:30"));
    expect(slaElapsed(BUSINESS, { startedAt: sh("2026-03-02T09:00"), now: d.warnAt, targetMinutes: 4 * H, pauses }).fraction).toBe(0.75);
  });
  it("needs a calendar in BUSINESS mode", () => {
    expect(() => deadline("2026-03-02T09:00", 60, [], { ...BUSINESS, calendar: null })).toThrow(/calendar/);
  });
});

describe("slaDeadline in wall-clock time", () => {
  it("counts every minute, nights and holidays included", () => {
    const d = slaDeadline(WALL, { metric: "RESOLUTION", startedAt: sh("2026-02-16T23:00"), targetMinutes: 4 * H, pauses: [] });
    expect(d.dueAt).toEqual(sh("2026-02-17T03:00"));
    expect(d.warnAt).toEqual(sh("2026-02-17T02:00"));
  });
  it("shifts by the whole pause", () => {
    const d = slaDeadline(WALL, { metric: "RESOLUTION", startedAt: sh("2026-03-02T10:00"), targetMinutes: 60, pauses: [{ from: sh("2026-03-02T10:20"), to: sh("2026-03-02T10:50") }] });
    expect(d.dueAt).toEqual(sh("2026-03-02T11:30"));
  });
  it("warns at 45 of 60 minutes and at 22.5 of 30", () => {
    expect(slaDeadline(WALL, { metric: "FIRST_RESPONSE", startedAt: sh("2026-03-02T10:00"), targetMinutes: 60, pauses: [] }).warnAt).toEqual(sh("2026-03-02T10:45"));
    expect(iso(slaDeadline(WALL, { metric: "FIRST_RESPONSE", startedAt: sh("2026-03-02T10:00"), targetMinutes: 30, pauses: [] }).warnAt)).toBe("2026-03-02T02:22:30.000Z");
  });
});

describe("hypercare: no issue overnight (cutoff 18:00, answered by 22:00)", () => {
  const fr = (start: string, target: number, rules: SlaRules = HYPERCARE, pauses: { from: Date; to: Date | null }[] = []) =>
    slaDeadline(rules, { metric: "FIRST_RESPONSE", startedAt: sh(start), targetMinutes: target, pauses });

  it("keeps a target that already ends before 22:00", () => expect(fr("2026-03-02T10:00", 8 * H).dueAt).toEqual(sh("2026-03-02T18:00")));
  it("caps a long first-response target at 22:00 the same day", () => {
    const d = fr("2026-03-02T15:00", 12 * H);
    expect(d.dueAt).toEqual(sh("2026-03-02T22:00"));
    expect(d.warnAt).toEqual(sh("2026-03-02T20:15")); // 75 % of the 7 hours really available
  });
  it("applies to an issue filed a minute before the cutoff", () => expect(fr("2026-03-02T17:59", 24 * H).dueAt).toEqual(sh("2026-03-02T22:00")));
  it("applies to an issue filed in the small hours", () => expect(fr("2026-03-02T01:00", 24 * H).dueAt).toEqual(sh("2026-03-02T22:00")));
  it("gives an issue filed at the cutoff its normal target", () => expect(fr("2026-03-02T18:00", 4 * H).dueAt).toEqual(sh("2026-03-02T22:00")));
  it("lets an evening issue wait at most until 22:00 the next day", () => {
    expect(fr("2026-03-02T19:00", 4 * H).dueAt).toEqual(sh("2026-03-02T23:00"));
    expect(fr("2026-03-02T23:30", 48 * H).dueAt).toEqual(sh("2026-03-03T22:00"));
  });
  it("runs on holidays too", () => expect(fr("2026-02-17T16:00", 24 * H).dueAt).toEqual(sh("2026-02-17T22:00")));
  it("lets a pause push the same-day deadline", () => {
    expect(fr("2026-03-02T15:00", 12 * H, HYPERCARE, [{ from: sh("2026-03-02T16:00"), to: sh("2026-03-02T17:00") }]).dueAt).toEqual(sh("2026-03-02T23:00"));
  });
  it("leaves the resolution target alone", () => {
    const d = slaDeadline(HYPERCARE, { metric: "RESOLUTION", startedAt: sh("2026-03-02T15:00"), targetMinutes: 24 * H, pauses: [] });
    expect(d.dueAt).toEqual(sh("2026-03-03T15:00"));
  });
  it("is ignored by business-time policies and when half configured", () => {
    expect(effectiveTargetMinutes({ ...BUSINESS, sameDayCutoffMinute: 18 * H, sameDayEndMinute: 22 * H }, { metric: "FIRST_RESPONSE", startedAt: sh("2026-03-02T15:00"), targetMinutes: 24 * H })).toBe(24 * H);
    expect(effectiveTargetMinutes({ ...HYPERCARE, sameDayEndMinute: null }, { metric: "FIRST_RESPONSE", startedAt: sh("2026-03-02T15:00"), targetMinutes: 24 * H })).toBe(24 * H);
  });
  it("falls to the next day when the end is configured before the cutoff", () => {
    expect(fr("2026-03-02T17:00", 48 * H, { ...HYPERCARE, sameDayEndMinute: 16 * H }).dueAt).toEqual(sh("2026-03-03T16:00"));
  });
});

describe("slaElapsed", () => {
  const elapsed = (start: string, now: string, target: number, pauses: { from: string; to: string | null }[] = [], rules: SlaRules = BUSINESS) =>
    slaElapsed(rules, { startedAt: sh(start), now: sh(now), targetMinutes: target, pauses: pauses.map((p) => ({ from: sh(p.from), to: p.to ? sh(p.to) : null })) });

  it("counts working minutes only", () => expect(elapsed("2026-03-06T17:00", "2026-03-09T10:00", 240)).toEqual({ minutes: 120, fraction: 0.5 }));
  it("stops counting during an open pause", () => expect(elapsed("2026-03-06T17:00", "2026-03-09T10:00", 240, [{ from: "2026-03-09T09:30", to: null }])).toEqual({ minutes: 90, fraction: 0.375 }));
  it("subtracts closed pauses and ignores pauses in the future", () => {
    expect(elapsed("2026-03-02T09:00", "2026-03-02T11:00", 60, [{ from: "2026-03-02T09:30", to: "2026-03-02T10:00" }, { from: "2026-03-02T12:00", to: null }])).toEqual({ minutes: 90, fraction: 1.5 });
  });
  it("is zero before the start and over a holiday", () => {
    expect(elapsed("2026-03-02T09:00", "2026-03-02T08:00", 60).minutes).toBe(0);
    expect(elapsed("2026-02-15T09:00", "2026-02-23T18:00", 60).minutes).toBe(0);
  });
  it("counts wall-clock minutes in hypercare", () => expect(elapsed("2026-03-02T22:00", "2026-03-03T01:00", 240, [], HYPERCARE)).toEqual({ minutes: 180, fraction: 0.75 }));
});

describe("China's 2026 holidays (State Council notice)", () => {
  it("has the 33 days off and 6 adjusted working days of the notice", () => {
    expect(preset.filter((d) => d.kind === "HOLIDAY")).toHaveLength(33);
    expect(preset.filter((d) => d.kind === "WORKDAY").map((d) => d.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
  });
  it("puts every adjusted working day on a weekend and names each day", () => {
    for (const d of preset.filter((p) => p.kind === "WORKDAY")) expect([0, 6]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    expect(preset.find((d) => d.date === "2026-02-17")?.name).toBe("春节");
    expect(new Set(preset.map((d) => d.date)).size).toBe(preset.length);
  });
});
