import { describe, expect, it } from "vitest";
import { day, isoDay, isWorkingDay } from "@/modules/plan/dates";
import { scheduleTemplate, topologicalOrder } from "@/modules/plan/schedule";
import { SEED_002_TEMPLATE } from "@/modules/plan/template/seed-002";
import { ZTemplateContent } from "@/modules/plan/template/types";

const seed = ZTemplateContent.parse(SEED_002_TEMPLATE);

describe("scheduling the seed-002 template", () => {
  const s = scheduleTemplate(seed, day("2025-11-17")); // a Monday, mid-November as in the seed

  it("starts week 1 on the start date and week 12 eleven weeks later", () => {
    expect(isoDay(s.tasks.get("w1-kickoff")!.plannedStart)).toBe("2025-11-17");
    expect(isoDay(s.tasks.get("w12-onsite")!.plannedStart)).toBe("2026-02-02");
  });

  it("proposes go-live on the first day of a month and hypercare for three months", () => {
    expect(isoDay(s.goLive)).toBe("2026-02-01");
    expect(isoDay(s.hypercareEnd)).toBe("2026-05-01");
  });

  it("keeps every task on working days and after its predecessors", () => {
    for (const phase of seed.phases)
      for (const period of phase.periods)
        for (const t of period.tasks) {
          const st = s.tasks.get(t.key)!;
          expect(isWorkingDay(st.plannedStart), `${t.key} start`).toBe(true);
          expect(isWorkingDay(st.plannedEnd), `${t.key} end`).toBe(true);
          for (const dep of t.dependsOn) expect(st.plannedStart.getTime(), `${t.key} after ${dep}`).toBeGreaterThan(s.tasks.get(dep)!.plannedEnd.getTime());
        }
  });

  it("pushes a task after a late predecessor, keeping its length", () => {
    // w1-interviews takes 2 days from day 1 of week 1; w1-kickoff (1 day) ends first, so no push:
    expect(isoDay(s.tasks.get("w1-interviews")!.plannedStart)).toBe("2025-11-18");
    expect(isoDay(s.tasks.get("w1-interviews")!.plannedEnd)).toBe("2025-11-19");
  });

  it("moves a weekend start date's tasks to Monday", () => {
    const weekend = scheduleTemplate(seed, day("2025-11-15"));
    expect(isoDay(weekend.tasks.get("w1-kickoff")!.plannedStart)).toBe("2025-11-17");
  });
});

describe("dependency order", () => {
  it("puts predecessors first and refuses cycles", () => {
    const order = topologicalOrder([
      { key: "c", dependsOn: ["b"] },
      { key: "a", dependsOn: [] },
      { key: "b", dependsOn: ["a"] },
    ]);
    expect(order.map((t) => t.key)).toEqual(["a", "b", "c"]);
    expect(() => topologicalOrder([{ key: "a", dependsOn: ["b"] }, { key: "b", dependsOn: ["a"] }])).toThrow(/cycle/);
  });

  it("rejects a template whose task depends on an unknown task", () => {
    const bad = structuredClone(SEED_002_TEMPLATE);
    bad.phases[0]!.periods[0]!.tasks[0]!.dependsOn = ["nope"];
    expect(ZTemplateContent.safeParse(bad).success).toBe(false);
  });
});
