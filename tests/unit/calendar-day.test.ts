import { describe, expect, it } from "vitest";
import { calendarToday } from "@/lib/calendar-day";

describe("today in the portal's zone", () => {
  it("is already tomorrow in Shanghai at 17:00 UTC", () => {
    expect(calendarToday("Asia/Shanghai", new Date("2026-11-21T17:00:00Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(calendarToday("UTC", new Date("2026-11-21T17:00:00Z")).toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });
});
