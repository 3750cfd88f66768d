import { describe, expect, it } from "vitest";
import { criticalPath, workingDayCounter, type CpmTask } from "@/modules/plan/gantt/critical-path";
import { addDays, day, isoDay, workingDaysInclusive } from "@/modules/plan/dates";

// 2026-03-02 is a Monday.
const task = (id: string, start: string, end: string, ...predecessorIds: string[]): CpmTask => ({ id, start: day(start), end: day(end), predecessorIds });
const floats = (tasks: CpmTask[], calendar = {}) => {
  const r = criticalPath(tasks, calendar);
  return Object.fromEntries([...r.timings].map(([id, t]) => [id, t.totalFloat]));
};

describe("critical path", () => {
  it("puts every task of a single chain on the path", () => {
    const r = criticalPath([task("a", "2026-03-02", "2026-03-03"), task("b", "2026-03-04", "2026-03-05", "a"), task("c", "2026-03-06", "2026-03-06", "b")]);
    expect([...r.critical].sort()).toEqual(["a", "b", "c"]);
    expect(isoDay(r.finish!)).toBe("2026-03-06");
    expect(r.timings.get("b")).toMatchObject({ earlyStart: r.timings.get("a")!.earlyFinish, totalFloat: 0 });
  });

  it("gives the shorter of two parallel branches the difference as float", () => {
    const tasks = [
      task("start", "2026-03-02", "2026-03-02"),
      task("long", "2026-03-03", "2026-03-09", "start"), // 5 working days (Tue..Mon)
      task("short", "2026-03-03", "2026-03-04", "start"), // 2 working days
    ];
    expect(floats(tasks)).toEqual({ start: 0, long: 0, short: 3 });
    expect([...criticalPath(tasks).critical].sort()).toEqual(["long", "start"]);
  });

  it("follows the longer side of a diamond and rejoins it", () => {
    const tasks = [
      task("a", "2026-03-02", "2026-03-02"),
      task("b", "2026-03-03", "2026-03-05", "a"), // 3 days
      task("c", "2026-03-03", "2026-03-03", "a"), // 1 day
      task("d", "2026-03-06", "2026-03-06", "b", "c"),
    ];
    expect(floats(tasks)).toEqual({ a: 0, b: 0, c: 2, d: 0 });
  });

  it("treats unlinked tasks as their own paths: the one ending last is critical", () => {
    const tasks = [
      task("early", "2026-03-02", "2026-03-03"),
      task("chain1", "2026-03-02", "2026-03-04"),
      task("chain2", "2026-03-05", "2026-03-06", "chain1"),
      task("late", "2026-03-09", "2026-03-10"), // no predecessor: its planned start holds it back
    ];
    const r = criticalPath(tasks);
    expect([...r.critical]).toEqual(["late"]);
    expect(floats(tasks)).toEqual({ early: 5, chain1: 2, chain2: 2, late: 0 });
    expect(isoDay(r.finish!)).toBe("2026-03-10");
  });

  it("counts working days only: a weekend between two linked tasks is not float", () => {
    const tasks = [
      task("week", "2026-03-02", "2026-03-06"),
      task("monday", "2026-03-09", "2026-03-10", "week"),
      task("side", "2026-03-09", "2026-03-09", "week"),
    ];
    expect(floats(tasks)).toEqual({ week: 0, monday: 0, side: 1 });
    // A task spanning a weekend lasts its working days: Thursday to Tuesday is four.
    const span = criticalPath([task("x", "2026-03-05", "2026-03-10")]).timings.get("x")!;
    expect(span.earlyFinish - span.earlyStart).toBe(4);
  });

  it("skips holidays and honours adjusted working days", () => {
    const holidays = new Set(["2026-03-09"]);
    const tasks = [task("a", "2026-03-05", "2026-03-06"), task("b", "2026-03-10", "2026-03-10", "a"), task("c", "2026-03-10", "2026-03-10")];
    // Monday is a holiday, so b on Tuesday follows a directly.
    expect(floats(tasks, { holidays })).toEqual({ a: 0, b: 0, c: 0 });
    const count = workingDayCounter({ holidays, extraWorkdays: new Set(["2026-03-07"]) });
    expect(count(day("2026-03-10")) - count(day("2026-03-02"))).toBe(6); // Mon-Fri, Saturday worked, Monday off
  });

  it("agrees with dates.ts on task lengths", () => {
    const count = workingDayCounter();
    for (let i = 0; i < 40; i++) {
      const start = addDays(day("2026-02-20"), i);
      const end = addDays(start, (i * 7) % 23);
      expect(count(addDays(end, 1)) - count(start), isoDay(start)).toBe(workingDaysInclusive(start, end));
    }
  });

  it("pushes a successor planned before its predecessor ends and moves the finish", () => {
    const r = criticalPath([task("a", "2026-03-02", "2026-03-06"), task("b", "2026-03-04", "2026-03-05", "a")]);
    expect(isoDay(r.finish!)).toBe("2026-03-10"); // b's two days start the Monday after a
    expect([...r.critical].sort()).toEqual(["a", "b"]);
  });

  it("ignores unknown predecessors and survives a dependency loop", () => {
    const r = criticalPath([task("a", "2026-03-02", "2026-03-02", "gone"), task("b", "2026-03-03", "2026-03-03", "c"), task("c", "2026-03-04", "2026-03-04", "b")]);
    expect(r.cyclic).toBe(true);
    expect(r.timings.size).toBe(3);
    expect(r.critical.has("a")).toBe(false);
  });

  it("answers an empty plan", () => {
    expect(criticalPath([])).toMatchObject({ finish: null, cyclic: false });
  });

  it("stays linear on 2,000 chained tasks", () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => task(`t${i}`, isoDay(addDays(day("2026-01-05"), Math.floor(i / 4) * 7)), isoDay(addDays(day("2026-01-05"), Math.floor(i / 4) * 7 + 4)), ...(i >= 4 ? [`t${i - 4}`] : [])));
    const t0 = performance.now();
    const r = criticalPath(tasks);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(r.critical.size).toBe(2000);
  });
});
