import { describe, expect, it } from "vitest";
import { day } from "@/modules/plan/dates";
import { canStartPhase, expectedProgress, gatePassed, isOverdue, readiness, rollUp } from "@/modules/plan/rules";

const task = (status: "NOT_STARTED" | "IN_PROGRESS" | "BLOCKED" | "DONE", progress: number, start: string, end: string) => ({
  status,
  progress,
  plannedStart: day(start),
  plannedEnd: day(end),
});

describe("roll-up of a week or phase", () => {
  it("weights progress by planned working days", () => {
    // 1 working day at 0 % and 4 working days done → 80 %
    const r = rollUp([task("NOT_STARTED", 0, "2026-11-16", "2026-11-16"), task("DONE", 100, "2026-11-17", "2026-11-20")]);
    expect(r).toMatchObject({ progress: 80, status: "IN_PROGRESS", done: 1, total: 2 });
  });

  it("is blocked when any task is blocked, done only when all are", () => {
    expect(rollUp([task("DONE", 100, "2026-11-16", "2026-11-16"), task("BLOCKED", 50, "2026-11-16", "2026-11-16")]).status).toBe("BLOCKED");
    expect(rollUp([task("DONE", 100, "2026-11-16", "2026-11-16"), task("DONE", 30, "2026-11-16", "2026-11-16")])).toMatchObject({ status: "DONE", progress: 100 });
    expect(rollUp([])).toMatchObject({ status: "NOT_STARTED", progress: 0 });
  });

  it("counts a task with progress but no status change as started", () => {
    expect(rollUp([task("NOT_STARTED", 10, "2026-11-16", "2026-11-16")]).status).toBe("IN_PROGRESS");
  });
});

describe("time and overdue", () => {
  it("expects progress in proportion to elapsed days", () => {
    expect(expectedProgress(day("2026-11-01"), day("2026-11-10"), day("2026-11-05"))).toBe(50);
    expect(expectedProgress(day("2026-11-01"), day("2026-11-10"), day("2026-10-01"))).toBe(0);
    expect(expectedProgress(day("2026-11-01"), day("2026-11-10"), day("2026-12-01"))).toBe(100);
  });

  it("flags unfinished tasks past their end", () => {
    expect(isOverdue({ status: "IN_PROGRESS", plannedEnd: day("2026-11-20") }, day("2026-11-21"))).toBe(true);
    expect(isOverdue({ status: "DONE", plannedEnd: day("2026-11-20") }, day("2026-11-21"))).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", plannedEnd: day("2026-11-21") }, day("2026-11-21"))).toBe(false);
  });
});

describe("phase gates", () => {
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  it("opens on the latest review's pass or pass with conditions", () => {
    expect(gatePassed([])).toBe(false);
    expect(gatePassed([{ decision: "FAIL", decidedAt: at("2026-11-01") }, { decision: "PASS_WITH_CONDITIONS", decidedAt: at("2026-11-02") }])).toBe(true);
    expect(gatePassed([{ decision: "PASS", decidedAt: at("2026-11-01") }, { decision: "FAIL", decidedAt: at("2026-11-02") }])).toBe(false);
  });

  it("lets the next phase start only after the gate passes, unless overridden", () => {
    const failed = [{ decision: "FAIL" as const, decidedAt: at("2026-11-01") }];
    expect(canStartPhase({ startedAt: null }, failed, false)).toEqual({ allowed: false, reason: "previousGateOpen" });
    expect(canStartPhase({ startedAt: null }, failed, true)).toEqual({ allowed: true });
    expect(canStartPhase({ startedAt: null }, null, false)).toEqual({ allowed: true });
    expect(canStartPhase({ startedAt: at("2026-11-01") }, [], true)).toEqual({ allowed: false, reason: "alreadyStarted" });
  });
});

describe("go-live readiness", () => {
  it("scores closed items and counts open blocking ones", () => {
    expect(readiness([
      { status: "DONE", blocking: true },
      { status: "WAIVED", blocking: true },
      { status: "OPEN", blocking: true },
      { status: "OPEN", blocking: false },
    ])).toEqual({ score: 50, openBlocking: 1, total: 4, closed: 2 });
    expect(readiness([])).toMatchObject({ score: 100, openBlocking: 0 });
  });
});

describe("expected plan progress", () => {
  it("weights each task's elapsed share like the roll-up does", async () => {
    const { expectedPlanProgress } = await import("@/modules/plan/rules");
    // A finished 1-day task and a 4-day task half elapsed (Mon–Thu, today Tue): (1×100 + 4×50) / 5 = 60
    expect(expectedPlanProgress([task("DONE", 100, "2026-11-13", "2026-11-13"), task("IN_PROGRESS", 10, "2026-11-16", "2026-11-19")], day("2026-11-17"))).toBe(60);
  });
});
