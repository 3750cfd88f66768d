import { describe, expect, it } from "vitest";
import { calendarToday, localMidnight } from "@/lib/calendar-day";

describe("today in the portal's zone", () => {
  it("is already tomorrow in Shanghai at 17:00 UTC", () => {
    expect(calendarToday("Asia/Shanghai", new Date("2026-11-21T17:00:00Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(calendarToday("UTC", new Date("2026-11-21T17:00:00Z")).toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });
});

describe("localMidnight", () => {
  it("is 16:00 UTC the day before in Shanghai", () => {
    expect(localMidnight("2026-11-22", "Asia/Shanghai").toISOString()).toBe("2026-11-21T16:00:00.000Z");
    expect(localMidnight("2026-11-22", "Asia/Shanghai", 1).toISOString()).toBe("2026-11-22T16:00:00.000Z");
  });
  it("follows summer time in Berlin", () => {
    expect(localMidnight("2026-07-01", "Europe/Berlin").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(localMidnight("2026-12-01", "Europe/Berlin").toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(localMidnight("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });
});
