import { beforeAll, describe, expect, it } from "vitest";
import type { KpiFrequency } from "@/generated/prisma/enums";
import { day } from "@/modules/plan/dates";
import { backfillComputedKpis, refreshComputedKpis } from "@/modules/metrics/computed-kpis";
import { refreshIssueStats } from "@/modules/metrics/issue-stats";
import { recomputeMetrics } from "@/modules/metrics/definitions";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";
import { resetIssueTables } from "../support/issues";
import { resetPlanTables } from "../support/plan";

// A small company on Wednesday 2026-01-14 12:00 (Asia/Shanghai): a two-task plan, four milestones,
// four deliverables with their history, five people signing in, three issues. Every computed KPI's
// value below is worked out by hand in the comments.
const TZ = "Asia/Shanghai";
const L = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const NOW = L("2026-01-14 12:00");
const kpi: Record<string, string> = {};

async function makeKpi(computation: string, frequency: KpiFrequency) {
  const row = await db.kpi.create({
    data: { code: computation, nameZh: computation, nameEn: computation, unit: "%", direction: "HIGHER_IS_BETTER", frequency, source: "COMPUTED", computation },
  });
  kpi[computation] = row.id;
}

async function values(computation: string) {
  const rows = await db.kpiValue.findMany({ where: { kpiId: kpi[computation] }, orderBy: { periodStart: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.periodStart.toISOString().slice(0, 10), r.value]));
}

beforeAll(async () => {
  await resetDatabase();
  await resetIssueTables();
  await resetPlanTables();
  await db.$executeRawUnsafe(`TRUNCATE "Kpi", "IssueDailyStat", "IssueStatDirty" CASCADE`);
  const dept = (await makeDepartment("c-ops")).id;
  const [a, b, c, d] = [await makeUser("PROJECT_MANAGER", { departmentId: dept }), await makeUser("KEY_USER", { departmentId: dept }), await makeUser("KEY_USER", { departmentId: dept }), await makeUser("SUPPORT", { departmentId: dept })];
  const gone = await makeUser("KEY_USER", { departmentId: dept, active: false });

  // Plan: T1 (5 working days) done on time, T2 (5 working days, from Monday 01-12) 40 % done.
  const project = await db.project.create({ data: { code: "C-1", name: "上线", status: "HYPERCARE", startDate: day("2026-01-05"), plannedGoLive: day("2026-02-01"), managerId: a.id } });
  const phase = await db.phase.create({ data: { projectId: project.id, seq: 1, code: "1", name: "实施", goal: "", plannedStart: day("2026-01-05"), plannedEnd: day("2026-01-16") } });
  const period = await db.planPeriod.create({ data: { projectId: project.id, phaseId: phase.id, seq: 1, label: "W1", title: "", coreContent: "", plannedStart: day("2026-01-05"), plannedEnd: day("2026-01-16") } });
  const task = (seq: number, s: string, e: string, extra: object) =>
    db.task.create({ data: { projectId: project.id, periodId: period.id, seq, title: `T${seq}`, plannedStart: day(s), plannedEnd: day(e), ...extra } });
  const t1 = await task(1, "2026-01-05", "2026-01-09", { status: "DONE", progress: 100, actualStart: day("2026-01-05"), actualEnd: day("2026-01-09") });
  await task(2, "2026-01-12", "2026-01-16", { status: "IN_PROGRESS", progress: 40, actualStart: day("2026-01-12") });
  await db.milestone.createMany({
    data: [
      { projectId: project.id, kind: "KICKOFF", name: "启动", date: day("2026-01-05"), achievedAt: day("2026-01-05") }, // on time
      { projectId: project.id, kind: "CUSTOM", name: "蓝图", date: day("2026-01-09"), achievedAt: day("2026-01-10") }, // late
      { projectId: project.id, kind: "CUSTOM", name: "配置", date: day("2026-01-13") }, // missed
      { projectId: project.id, kind: "PLANNED_GO_LIVE", name: "上线", date: day("2026-02-01") }, // not due yet
      { projectId: project.id, kind: "ACTUAL_GO_LIVE", name: "实际上线", date: day("2026-01-06"), achievedAt: day("2026-01-06") }, // a record, not a promise
    ],
  });
  const deliverable = async (name: string, status: "DRAFT" | "SUBMITTED" | "ACCEPTED", events: [string, "SUBMITTED" | "ACCEPTED" | "REJECTED"][]) => {
    const row = await db.deliverable.create({ data: { projectId: project.id, taskId: t1.id, name, status, acceptorRole: "PROJECT_MANAGER" } });
    for (const [at, toStatus] of events) await db.deliverableEvent.create({ data: { deliverableId: row.id, actorId: a.id, toStatus, at: L(at) } });
    return row;
  };
  await deliverable("D1", "ACCEPTED", [["2026-01-08 10:00", "SUBMITTED"], ["2026-01-09 10:00", "ACCEPTED"]]);
  // Rejected at 00:30 local on the 12th (still the 11th in UTC): on the 11th it was still just submitted.
  await deliverable("D2", "SUBMITTED", [["2026-01-09 10:00", "SUBMITTED"], ["2026-01-12 00:30", "REJECTED"], ["2026-01-13 09:00", "SUBMITTED"]]);
  await deliverable("D3", "DRAFT", []);
  await deliverable("D4", "ACCEPTED", [["2026-01-13 23:30", "SUBMITTED"], ["2026-01-14 09:00", "ACCEPTED"]]);

  // Sign-ins: a (twice) and b (e-mail typed in capitals) this week; c late on Sunday the 11th (last week)
  // and a failed attempt this week; d never; the deactivated user does not count either way.
  const login = (email: string, at: string, success = true) => ({ email, ip: "10.0.0.1", success, createdAt: L(at) });
  await db.loginAttempt.createMany({
    data: [
      login(a.email, "2026-01-12 09:00"), login(a.email, "2026-01-13 09:00"), login(b.email.toUpperCase(), "2026-01-14 08:00"),
      login(c.email, "2026-01-11 23:30"), login(c.email, "2026-01-13 10:00", false), login(gone.email, "2026-01-13 10:00"),
    ],
  });
  void d;

  // Issues: I1 met both targets (4 h, rated 5); I2 answered and resolved late (24 h, rated 3, the
  // resolution breach not recorded by the sweep); I3 answered on time and still open.
  const policy = await db.slaPolicy.create({ data: { code: "C", nameZh: "C", nameEn: "C", mode: "WALL_CLOCK", isDefault: true } });
  const issue = (title: string, data: object) =>
    db.issue.create({ data: { title, description: "-", module: "FINANCE", type: "DEFECT", impact: "MINOR", urgency: "LOW", priority: "P3", reporterId: b.id, departmentId: dept, slaPolicyId: policy.id, ...data } });
  await issue("I1", { status: "CLOSED", createdAt: L("2026-01-05 09:00"), firstResponseDueAt: L("2026-01-05 10:00"), firstRespondedAt: L("2026-01-05 09:30"), resolutionDueAt: L("2026-01-05 17:00"), resolvedAt: L("2026-01-05 13:00"), csatScore: 5, csatAt: L("2026-01-06 09:00") });
  await issue("I2", { status: "CLOSED", createdAt: L("2026-01-06 10:00"), firstResponseDueAt: L("2026-01-06 12:00"), firstRespondedAt: L("2026-01-06 13:00"), firstResponseBreachedAt: L("2026-01-06 12:00"), resolutionDueAt: L("2026-01-06 18:00"), resolvedAt: L("2026-01-07 10:00"), csatScore: 3, csatAt: L("2026-01-07 11:00") });
  await issue("I3", { status: "IN_PROGRESS", createdAt: L("2026-01-13 10:00"), firstResponseDueAt: L("2026-01-13 12:00"), firstRespondedAt: L("2026-01-13 10:10"), resolutionDueAt: L("2026-01-14 10:00") });
  await refreshIssueStats(db, TZ);

  for (const c of ["PLAN_PROGRESS_VS_TIME", "MILESTONES_ON_TIME", "DELIVERABLE_ACCEPTANCE", "ACTIVE_USER_RATE"]) await makeKpi(c, "WEEKLY");
  for (const c of ["SLA_FIRST_RESPONSE", "SLA_RESOLUTION", "MTTR_HOURS", "CSAT_AVG", "CSAT_SATISFIED"]) await makeKpi(c, "MONTHLY");
  await makeKpi("BACKLOG_OPEN", "DAILY");
  await makeKpi("NOT_A_COMPUTATION", "MONTHLY");
});

describe("computed KPIs", () => {
  // From the week before anything happened: periods with nothing to measure (no plan due, no sign-in,
  // no issue filed yet) get no value rather than a misleading 0.
  it("backfill writes every period's value from the plan, the sign-ins and the issue stats", async () => {
    const result = await backfillComputedKpis(db, { from: "2025-12-29", to: "2026-01-20", timeZone: TZ, now: NOW });
    expect(result.unknown).toEqual(["NOT_A_COMPUTATION"]);
    // Week of 01-12, today: actual (5×100 + 5×40)/10 = 70 vs expected (5×100 + 5×60)/10 = 80 → 87.5 %.
    // Week of 01-05, at its end (Sunday 01-11): T1 done, T2 not started, as planned → 100 %.
    expect(await values("PLAN_PROGRESS_VS_TIME")).toEqual({ "2026-01-05": 100, "2026-01-12": 87.5 });
    // Due by 01-11: kickoff (on time), blueprint (a day late) → 50 %; by today also the missed 01-13 → 33.3 %.
    expect(await values("MILESTONES_ON_TIME")).toEqual({ "2026-01-05": 50, "2026-01-12": 33.3 });
    // 01-11: D1 accepted, D2 submitted → 50 %; today: D1, D4 accepted, D2 resubmitted, D3 a draft → 66.7 %.
    expect(await values("DELIVERABLE_ACCEPTANCE")).toEqual({ "2026-01-05": 50, "2026-01-12": 66.7 });
    // Four active users; last week only c (Sunday 23:30 local) → 25 %; this week a and b → 50 %.
    expect(await values("ACTIVE_USER_RATE")).toEqual({ "2026-01-05": 25, "2026-01-12": 50 });
    expect(await values("SLA_FIRST_RESPONSE")).toEqual({ "2026-01-01": 66.7 }); // I1, I3 on time, I2 late
    expect(await values("SLA_RESOLUTION")).toEqual({ "2026-01-01": 50 }); // I1 on time, I2 late (not yet recorded)
    expect(await values("MTTR_HOURS")).toEqual({ "2026-01-01": 14 }); // (4 + 24) / 2
    expect(await values("CSAT_AVG")).toEqual({ "2026-01-01": 4 });
    expect(await values("CSAT_SATISFIED")).toEqual({ "2026-01-01": 50 });
    // Daily backlog: I1 filed and resolved on the 5th; I2 open over the 6th; I3 open from the 13th; no future days.
    expect(await values("BACKLOG_OPEN")).toEqual({
      "2026-01-05": 0, "2026-01-06": 1, "2026-01-07": 0, "2026-01-08": 0, "2026-01-09": 0, "2026-01-10": 0,
      "2026-01-11": 0, "2026-01-12": 0, "2026-01-13": 1, "2026-01-14": 1,
    });
    const written = await db.kpiValue.findMany({ where: { kpiId: kpi.MTTR_HOURS } });
    expect(written.map((v) => v.origin)).toEqual(["COMPUTED"]);
    // The one write path keeps rollups and the latest value too.
    expect((await db.kpi.findUniqueOrThrow({ where: { id: kpi.ACTIVE_USER_RATE } })).latestValue).toBe(50);
    expect(await db.kpiRollup.count({ where: { kpiId: kpi.BACKLOG_OPEN, grain: "MONTH" } })).toBe(1);
  });

  it("recomputing replaces a period's value instead of adding one", async () => {
    const before = await db.kpiValue.count();
    await refreshComputedKpis(db, { timeZone: TZ, now: NOW });
    expect(await db.kpiValue.count()).toBe(before);
    // D2 is accepted at 11:00 today: the current week's acceptance becomes 3 of 3.
    const d2 = await db.deliverable.findFirstOrThrow({ where: { name: "D2" } });
    const actor = await db.user.findFirstOrThrow({ where: { role: "PROJECT_MANAGER" } });
    await db.deliverable.update({ where: { id: d2.id }, data: { status: "ACCEPTED" } });
    await db.deliverableEvent.create({ data: { deliverableId: d2.id, actorId: actor.id, toStatus: "ACCEPTED", at: L("2026-01-14 11:00") } });
    await refreshComputedKpis(db, { timeZone: TZ, now: NOW });
    expect(await values("DELIVERABLE_ACCEPTANCE")).toEqual({ "2026-01-05": 50, "2026-01-12": 100 });
    expect(await db.kpiValue.count()).toBe(before);
    const current = await db.kpiValue.findFirstOrThrow({ where: { kpiId: kpi.DELIVERABLE_ACCEPTANCE, periodStart: day("2026-01-12") } });
    expect(current.version).toBeGreaterThan(1);
  });

  it("an admin's recompute rebuilds the issue figures and the computed KPIs, with an audit entry", async () => {
    await db.$executeRawUnsafe(`TRUNCATE "IssueDailyStat"`);
    const admin = await makeUser("ADMIN");
    const refused = await recomputeMetrics.execute(actorOf(admin), {}, META);
    expect(refused.ok).toBe(false);
    const result = await recomputeMetrics.execute(actorOf(admin), { confirm: "recompute" }, META);
    expect(result).toMatchObject({ ok: true, data: { issueStatRows: 4 } }); // one slice; events on 01-05, 01-06, 01-07 and 01-13
    expect(await db.issueDailyStat.count()).toBe(4);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "recompute" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "System" });
  });
});
