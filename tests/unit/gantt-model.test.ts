import { describe, expect, it } from "vitest";
import { day, isoDay } from "@/modules/plan/dates";
import { buildGanttModel, slipOf, type GanttFilter } from "@/modules/plan/gantt/model";
import { parseGanttFilter } from "@/modules/plan/gantt/params";
import type { GanttData, GanttTask } from "@/modules/plan/gantt/types";
import { ganttLabels } from "@/modules/plan/gantt/labels";
import { chartMarkup } from "@/modules/plan/gantt/markup";
import { esc } from "@/modules/plan/gantt/markup-text";
import { translator } from "@/i18n/messages";

function ganttTask(id: string, seq: number, phaseCode: string, start: string, end: string, extra: Partial<GanttTask> = {}): GanttTask {
  return {
    id,
    seq,
    title: `Task ${id}`,
    phaseCode,
    periodLabel: "第1周",
    ownerName: "李娜",
    status: "NOT_STARTED",
    progress: 0,
    plannedStart: day(start),
    plannedEnd: day(end),
    actualStart: null,
    actualEnd: null,
    predecessorIds: [],
    baselineStart: null,
    baselineEnd: null,
    ...extra,
  };
}

// 2026-03-02 is a Monday.
function ganttData(tasks: GanttTask[], today = "2026-03-04"): GanttData {
  return {
    project: { id: "p", code: "P1", name: "Project" },
    today: day(today),
    phases: [
      { id: "ph1", code: "1", name: "第一阶段", plannedStart: day("2026-03-02"), plannedEnd: day("2026-03-06") },
      { id: "ph2", code: "2", name: "第二阶段", plannedStart: day("2026-03-09"), plannedEnd: day("2026-03-13") },
    ],
    tasks,
    milestones: [{ id: "m1", kind: "PLANNED_GO_LIVE", name: "计划上线", date: day("2026-03-13"), achievedAt: null }],
    baseline: null,
  };
}

const ALL: GanttFilter = { phase: null, criticalOnly: false, zoom: "week" };

describe("slipped tasks", () => {
  const today = day("2026-03-10");
  it("slips when it now ends after its baseline end", () => {
    const t = ganttTask("a", 1, "1", "2026-03-12", "2026-03-13", { baselineStart: day("2026-03-09"), baselineEnd: day("2026-03-10") });
    expect(slipOf(t, today)).toEqual({ baselineDays: 3, overdue: false });
  });
  it("slips when it is not done past its planned end", () => {
    expect(slipOf(ganttTask("a", 1, "1", "2026-03-02", "2026-03-06", { status: "IN_PROGRESS" }), today)).toEqual({ baselineDays: 0, overdue: true });
  });
  it("judges a finished task by its actual end", () => {
    const base = { status: "DONE" as const, baselineStart: day("2026-03-02"), baselineEnd: day("2026-03-04") };
    expect(slipOf(ganttTask("a", 1, "1", "2026-03-02", "2026-03-06", { ...base, actualEnd: day("2026-03-04") }), today)).toBeNull();
    expect(slipOf(ganttTask("b", 2, "1", "2026-03-02", "2026-03-04", { ...base, actualEnd: day("2026-03-05") }), today)?.baselineDays).toBe(1);
  });
  it("does not slip on plan, ahead of plan, or without a baseline before its end", () => {
    expect(slipOf(ganttTask("a", 1, "1", "2026-03-09", "2026-03-12"), today)).toBeNull();
    expect(slipOf(ganttTask("b", 2, "1", "2026-03-09", "2026-03-10", { baselineEnd: day("2026-03-12") }), today)).toBeNull();
  });
});

describe("the Gantt model", () => {
  const tasks = [
    ganttTask("a", 1, "1", "2026-03-02", "2026-03-03"),
    ganttTask("b", 2, "1", "2026-03-04", "2026-03-06", { predecessorIds: ["a"] }),
    ganttTask("c", 3, "1", "2026-03-02", "2026-03-02"),
    ganttTask("d", 4, "2", "2026-03-09", "2026-03-13", { predecessorIds: ["b"] }),
  ];

  it("groups tasks under their phases in plan order and marks the critical path", () => {
    const m = buildGanttModel(ganttData(tasks), ALL);
    expect(m.rows.map((r) => (r.kind === "phase" ? `P${r.phase.code}` : r.task.id))).toEqual(["P1", "a", "b", "c", "P2", "d"]);
    expect(m.rows.filter((r) => r.kind === "task" && r.critical).map((r) => (r.kind === "task" ? r.task.id : ""))).toEqual(["a", "b", "d"]);
    expect(m.counts).toEqual({ tasks: 4, shown: 4, critical: 3, slipped: 2 }); // a and c: not done, past their end
    expect(isoDay(m.finish!)).toBe("2026-03-13");
    expect(m.rowOf.get("d")).toBe(5);
  });

  it("filters by phase and to the critical path, keeping the path of the whole plan", () => {
    const phase2 = buildGanttModel(ganttData(tasks), { ...ALL, phase: "2" });
    expect(phase2.rows.map((r) => (r.kind === "phase" ? `P${r.phase.code}` : r.task.id))).toEqual(["P2", "d"]);
    expect(phase2.rows[1]).toMatchObject({ critical: true });
    const critical = buildGanttModel(ganttData(tasks), { ...ALL, criticalOnly: true });
    expect(critical.rows.map((r) => (r.kind === "phase" ? `P${r.phase.code}` : r.task.id))).toEqual(["P1", "a", "b", "P2", "d"]);
  });

  it("spans whole weeks from a Monday, with today near the plan", () => {
    const m = buildGanttModel(ganttData(tasks), ALL);
    expect(isoDay(m.start)).toBe("2026-03-02");
    expect(isoDay(m.end)).toBe("2026-03-20");
    expect(m.todayShown).toBe(true);
    expect(m.width).toBe(19 * 8);
    const far = buildGanttModel(ganttData(tasks, "2027-06-01"), ALL);
    expect(far.todayShown).toBe(false);
    expect(isoDay(far.end)).toBe("2026-03-20");
  });
});

describe("Gantt helpers", () => {
  it("reads the filter form and falls back on bad values", () => {
    expect(parseGanttFilter({})).toEqual({ phase: null, criticalOnly: false, zoom: "week" });
    expect(parseGanttFilter({ phase: "2", critical: "1", zoom: "day" })).toEqual({ phase: "2", criticalOnly: true, zoom: "day" });
    expect(parseGanttFilter({ phase: "", zoom: "year", critical: ["1", "0"] })).toEqual({ phase: null, criticalOnly: true, zoom: "week" });
  });
});

describe("the chart markup", () => {
  const labelsFor = (locale: "zh-CN" | "en") => {
    const t = translator(locale);
    return ganttLabels((key, values) => t(`gantt.${key}` as never, values as never), locale);
  };
  const tasks = [
    ganttTask("a", 1, "1", "2026-03-02", "2026-03-03", { title: `<script>alert("x")</script> & 'more'`, status: "IN_PROGRESS", progress: 40, actualStart: day("2026-03-02") }),
    ganttTask("b", 2, "1", "2026-03-04", "2026-03-06", { predecessorIds: ["a"], baselineStart: day("2026-03-03"), baselineEnd: day("2026-03-04"), ownerName: null }),
    ganttTask("c", 3, "2", "2026-03-09", "2026-03-09", { predecessorIds: ["b"] }),
  ];

  it("escapes every user-entered text", () => {
    const { list, bars } = chartMarkup(buildGanttModel(ganttData(tasks), ALL), labelsFor("zh-CN"));
    for (const html of [list, bars]) {
      expect(html).not.toContain("<script>");
      expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;");
    }
    expect(esc(`a"b<c>&'`)).toBe("a&quot;b&lt;c&gt;&amp;&#39;");
  });

  it("gives each bar a title with its dates, status and flags, in the reader's language", () => {
    const zh = chartMarkup(buildGanttModel(ganttData(tasks), ALL), labelsFor("zh-CN"));
    expect(zh.bars).toContain("#2 Task b · 第1周\n未开始\n计划: 2026/03/04 – 2026/03/06\n基线: 2026/03/03 – 2026/03/04\n关键路径\n比基线晚 2 天完成");
    expect(zh.bars).toContain("进行中 · 完成 40%");
    expect(zh.bars).toContain("实际: 2026/03/02 –");
    const en = chartMarkup(buildGanttModel(ganttData(tasks), ALL), labelsFor("en"));
    expect(en.bars).toContain("Planned: 03/04/2026 – 03/06/2026");
    expect(en.bars).toContain("Behind the baseline (days): 2");
    expect(en.list).toContain("<span>Unassigned</span>");
  });

  it("marks critical and slipped rows and links only the tasks shown", () => {
    const all = chartMarkup(buildGanttModel(ganttData(tasks), ALL), labelsFor("zh-CN"));
    expect(all.list).toContain('<li data-c data-s><span>2</span><span><a href="tasks/b">Task b</a></span>');
    expect(all.list).toContain("<i>关键路径, 已延误</i>");
    expect((all.bars.match(/role="img"/g) ?? []).length).toBe(5); // 3 tasks + 2 phases
    expect(all.bars).toContain('stroke="#e11d48" stroke-width="1.5"'); // critical links
    const phase2 = chartMarkup(buildGanttModel(ganttData(tasks), { ...ALL, phase: "2" }), labelsFor("zh-CN"));
    expect(phase2.bars).not.toContain("l-5 -3v6z"); // c's predecessor is not shown: no arrow
  });
});
