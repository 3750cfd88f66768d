import { describe, expect, it } from "vitest";
import { durationLabel, workDaysLabel } from "@/modules/sla/components/labels";
import { parseDayList } from "@/modules/sla/day-import";
import { clockText, hoursText, parseClock, parseDuration } from "@/modules/sla/format";
import { windowFromDays, windowToDays } from "@/modules/sla/window";

const t = (key: string, p: Record<string, string | number> = {}) => `${key}(${Object.values(p).join(",")})`;

describe("clock times", () => {
  it("reads and writes HH:MM, with 24:00 as the end of the day", () => {
    expect([parseClock("9:00"), parseClock("09:30"), parseClock("24:00"), parseClock("24:01"), parseClock("9.30"), parseClock("")]).toEqual([540, 570, 1440, null, null, null]);
    expect([clockText(540), clockText(810), clockText(1440)]).toEqual(["09:00", "13:30", "24:00"]);
  });
});

describe("target durations", () => {
  it("reads hours, h:mm and minutes, in English and Chinese units", () => {
    expect(["4", "0.5", "1.25", "1:30", "90m", "90 min", "90分钟", "4h", "4 小时", "7.5"].map(parseDuration)).toEqual([240, 30, 75, 90, 90, 90, 90, 240, 240, 450]);
  });
  it("returns zero and negatives for the caller to refuse, and null for words", () => {
    expect([parseDuration("0"), parseDuration("-2"), parseDuration("soon"), parseDuration(""), parseDuration("1:75")]).toEqual([0, -120, null, null, null]);
  });
  it("writes quarters as decimal hours and the rest as h:mm, so a saved target reads back the same", () => {
    for (const m of [15, 30, 240, 450, 20, 95]) expect(parseDuration(hoursText(m))).toBe(m);
    expect([hoursText(30), hoursText(450), hoursText(20)]).toEqual(["0.5", "7.5", "0:20"]);
  });
  it("labels durations in hours and minutes", () => {
    expect([durationLabel(t, 30), durationLabel(t, 240), durationLabel(t, 90), durationLabel(t, 95)]).toEqual(["duration.m(30)", "duration.h(4)", "duration.h(1.5)", "duration.hm(1,35)"]);
    expect([durationLabel(t, 2250, 450), durationLabel(t, 240, 450), durationLabel(t, 500, 450)]).toEqual(["duration.withDays(duration.h(37.5),5)", "duration.h(4)", "duration.hm(8,20)"]);
  });
  it("shortens runs of working days", () => {
    expect(workDaysLabel(t, [1, 2, 3, 4, 5])).toBe("weekdaysShort.1()–weekdaysShort.5()");
    expect(workDaysLabel(t, [1, 3, 6, 7])).toBe(["weekdaysShort.1()", "weekdaysShort.3()", "weekdaysShort.6()", "weekdaysShort.7()"].join("listSeparator()"));
  });
});

describe("pasted holiday lists", () => {
  it("reads dates in several notations, kinds in Chinese and English, and optional names", () => {
    const r = parseDayList("date,kind,name\n2026-10-01,休,国庆节\n2026/9/20 班\n2026年10月10日\tworkday\t国庆节调休上班\n\n# note\n2026.10.02，假，国庆节 假期");
    expect(r.invalidLines).toEqual([]);
    expect(r.days).toEqual([
      { line: 2, date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" },
      { line: 3, date: "2026-09-20", kind: "WORKDAY", name: null },
      { line: 4, date: "2026-10-10", kind: "WORKDAY", name: "国庆节调休上班" },
      { line: 7, date: "2026-10-02", kind: "HOLIDAY", name: "国庆节 假期" },
    ]);
  });
  it("reports unreadable lines and repeated dates by line number", () => {
    const r = parseDayList("2026-10-01 休\n2026-10-32 休\n2026-10-01 班\nhello");
    expect(r.invalidLines).toEqual([2, 4]);
    expect(r.duplicateLines).toEqual([3]);
  });
});

describe("hypercare windows", () => {
  it("turns inclusive days into [start, end) instants in the zone and back", () => {
    const w = windowFromDays("Asia/Shanghai", "2026-11-16", "2026-12-13");
    expect([w.validFrom.toISOString(), w.validTo.toISOString()]).toEqual(["2026-11-15T16:00:00.000Z", "2026-12-13T16:00:00.000Z"]);
    expect(windowToDays("Asia/Shanghai", w.validFrom, w.validTo)).toEqual({ from: "2026-11-16", to: "2026-12-13" });
    expect(windowToDays("Asia/Shanghai", null, w.validTo)).toBeNull();
  });
});
