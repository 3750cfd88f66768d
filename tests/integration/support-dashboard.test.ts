import { beforeAll, describe, expect, it } from "vitest";
import type { ErpModule, IssuePriority, IssueStatus } from "@/generated/prisma/enums";
import { sendDailyReport } from "@/modules/support/definitions";
import { parseDashboardFilter } from "@/modules/support/period";
import {
  getBacklogDaily, getCsatDistribution, getCsatWeekly, getKpis, getMttrWeekly, getOpenMatrix, getSlaWeekly, type SupportClock,
} from "@/modules/support/queries";
import { computeDailyReport, getSentReport } from "@/modules/support/report";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

// A dozen issues around one hypercare week in Asia/Shanghai, with every figure worked out by hand
// (see the table below). "Now" is Wednesday 2026-11-18 14:00 local time.
const TZ = "Asia/Shanghai";
const L = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const clock: SupportClock = { tz: TZ, now: L("2026-11-18 14:00"), today: "2026-11-18" };
const fourWeeks = parseDashboardFilter({ weeks: "4" }, clock.today); // 2026-10-26 … 2026-11-18

let hypercare: string;
let standard: string;
const dept: Record<string, string> = {};
let reporter: string;
let agent: string;
const ids: Record<string, string> = {};

interface Spec {
  module: ErpModule;
  priority: IssuePriority;
  status: IssueStatus;
  dept: string;
  policy?: "hc" | "std";
  createdAt: string;
  frDue?: string;
  frWarn?: string;
  responded?: string;
  frBreached?: string;
  resDue?: string;
  resWarn?: string;
  resolved?: string;
  closed?: string;
  resBreached?: string;
  paused?: string;
  csat?: [number, string, string?];
}

//        created (local)      first response              resolution                     notes
// I1  FIN P1  Mon 11-16 09:00  due 09:30, at 09:20 met     due 13:00, 12:00 met (CLOSED)   CSAT 5 on 11-17
// I2  WH  P2  Sun 11-15 23:30  due 01:30, at 08:30 BREACH  due 23:30, 11-16 20:00 met     belongs to 11-15 and week 11-09
// I3  WH  P3  Mon 11-16 07:30  due 11:30, at 10:00 met     due 11-17 07:30, open → BREACH  UTC date is Sunday: week 11-16
// I4  FIN P2  Tue 11-17 15:00  due 17:00, none → BREACH    due 11-18 15:00 pending
// I5  PRD P3  Wed 11-18 09:00  due 15:00, warn 12:30 → at risk, pending
// I6  QA  P4  Fri 11-13 10:00  at 11:00 met                paused 11-13 16:00 before due 11-16: pending
// I7  SAL P3  Tue 11-17 10:00  DUPLICATE, closed 11:00: outside every SLA figure, counts as filed and done
// I8  FIN P3  Mon 11-09 10:00  at 13:00 met                due 11-10 10:00, 11-11 09:00 BREACH  CSAT 2 on 11-12
// I9  FIN P3  2026-10-01, closed 10-02: before the period, in nothing
// I10 FIN P2  2026-10-20 (REOPENED) responded              breached 10-22: open since before the period
// I11 SYS P4  Mon 11-16 15:00  at 22:30 (after HC same-day end 22:00) met   11-17 10:00 met
// I12 HR  P4  Mon 11-16 16:30  at 23:00 (standard policy: before midnight)  11-17 16:00 met
const SPECS: Record<string, Spec> = {
  I1: { module: "FINANCE", priority: "P1", status: "CLOSED", dept: "fin", createdAt: "2026-11-16 09:00", frDue: "2026-11-16 09:30", responded: "2026-11-16 09:20", resDue: "2026-11-16 13:00", resolved: "2026-11-16 12:00", closed: "2026-11-17 10:00", csat: [5, "2026-11-17 10:00"] },
  I2: { module: "WAREHOUSE", priority: "P2", status: "RESOLVED", dept: "wh", createdAt: "2026-11-15 23:30", frDue: "2026-11-16 01:30", responded: "2026-11-16 08:30", frBreached: "2026-11-16 01:30", resDue: "2026-11-16 23:30", resolved: "2026-11-16 20:00" },
  I3: { module: "WAREHOUSE", priority: "P3", status: "IN_PROGRESS", dept: "wh", createdAt: "2026-11-16 07:30", frDue: "2026-11-16 11:30", responded: "2026-11-16 10:00", resDue: "2026-11-17 07:30" },
  I4: { module: "FINANCE", priority: "P2", status: "NEW", dept: "fin", createdAt: "2026-11-17 15:00", frDue: "2026-11-17 17:00", resDue: "2026-11-18 15:00", resWarn: "2026-11-18 13:00" },
  I5: { module: "PRODUCTION", priority: "P3", status: "NEW", dept: "prod", createdAt: "2026-11-18 09:00", frDue: "2026-11-18 15:00", frWarn: "2026-11-18 12:30", resDue: "2026-11-19 09:00", resWarn: "2026-11-19 03:00" },
  I6: { module: "QUALITY", priority: "P4", status: "WAITING_FOR_REPORTER", dept: "qa", createdAt: "2026-11-13 10:00", frDue: "2026-11-13 14:00", responded: "2026-11-13 11:00", resDue: "2026-11-16 10:00", resWarn: "2026-11-15 10:00", paused: "2026-11-13 16:00" },
  I7: { module: "SALES", priority: "P3", status: "DUPLICATE", dept: "sales", createdAt: "2026-11-17 10:00", frDue: "2026-11-17 10:30", resDue: "2026-11-17 12:00", closed: "2026-11-17 11:00" },
  I8: { module: "FINANCE", priority: "P3", status: "CLOSED", dept: "fin", createdAt: "2026-11-09 10:00", frDue: "2026-11-09 14:00", responded: "2026-11-09 13:00", resDue: "2026-11-10 10:00", resolved: "2026-11-11 09:00", resBreached: "2026-11-10 10:00", closed: "2026-11-12 09:00", csat: [2, "2026-11-12 09:30", "太慢了"] },
  I9: { module: "FINANCE", priority: "P3", status: "CLOSED", dept: "fin", createdAt: "2026-10-01 10:00", frDue: "2026-10-01 12:00", responded: "2026-10-01 11:00", resDue: "2026-10-02 10:00", resolved: "2026-10-02 09:00", closed: "2026-10-02 10:00", csat: [1, "2026-10-02 10:00"] },
  I10: { module: "FINANCE", priority: "P2", status: "REOPENED", dept: "fin", createdAt: "2026-10-20 10:00", frDue: "2026-10-20 12:00", responded: "2026-10-20 11:00", resDue: "2026-10-22 10:00", resBreached: "2026-10-22 10:00" },
  I11: { module: "SYSTEM", priority: "P4", status: "RESOLVED", dept: "it", createdAt: "2026-11-16 15:00", frDue: "2026-11-17 09:00", responded: "2026-11-16 22:30", resDue: "2026-11-18 15:00", resolved: "2026-11-17 10:00" },
  I12: { module: "HR", priority: "P4", status: "RESOLVED", dept: "it", policy: "std", createdAt: "2026-11-16 16:30", frDue: "2026-11-17 12:00", responded: "2026-11-16 23:00", resDue: "2026-11-20 12:00", resolved: "2026-11-17 16:00" },
};

const at = (v?: string) => (v ? L(v) : null);

async function seed() {
  await resetDatabase();
  await db.$executeRawUnsafe(`TRUNCATE "SlaPolicy", "WebhookEndpoint", "OutboundMessage" CASCADE`);
  for (const code of ["fin", "wh", "prod", "qa", "sales", "it"]) dept[code] = (await makeDepartment(`s-${code}`)).id;
  reporter = (await makeUser("KEY_USER", { departmentId: dept.wh })).id;
  agent = (await makeUser("SUPPORT", { departmentId: dept.it })).id;
  hypercare = (await db.slaPolicy.create({ data: { code: "HC", nameZh: "上线保障", nameEn: "Hypercare", mode: "WALL_CLOCK", sameDayCutoffMinute: 16 * 60, sameDayEndMinute: 22 * 60 } })).id;
  standard = (await db.slaPolicy.create({ data: { code: "STD", nameZh: "标准", nameEn: "Standard", mode: "BUSINESS", isDefault: true } })).id;
  for (const [key, s] of Object.entries(SPECS)) {
    const row = await db.issue.create({
      data: {
        title: `${key} 测试问题`, description: "-", module: s.module, type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM",
        priority: s.priority, status: s.status, reporterId: reporter, departmentId: dept[s.dept]!, assigneeId: agent,
        slaPolicyId: s.policy === "std" ? standard : hypercare,
        createdAt: L(s.createdAt), firstResponseDueAt: at(s.frDue), firstResponseWarnAt: at(s.frWarn), firstRespondedAt: at(s.responded),
        firstResponseBreachedAt: at(s.frBreached), resolutionDueAt: at(s.resDue), resolutionWarnAt: at(s.resWarn), resolvedAt: at(s.resolved),
        closedAt: at(s.closed), resolutionBreachedAt: at(s.resBreached), slaPausedAt: at(s.paused),
        csatScore: s.csat?.[0] ?? null, csatAt: s.csat ? L(s.csat[1]) : null, csatComment: s.csat?.[2] ?? null,
      },
    });
    ids[key] = row.id;
  }
}

beforeAll(seed);

describe("support dashboard figures", () => {
  it("KPI tiles: open, high priority, breached, at risk, SLA, MTTR, CSAT, overnight", async () => {
    expect(await getKpis(fourWeeks, clock)).toEqual({
      window: { from: "2026-10-26", to: "2026-11-18" },
      open: 5, // I3 I4 I5 I6 I10
      openHigh: 2, // I4 I10
      openBreached: 3, // I3 (resolution, not yet recorded) I4 (first response, not yet recorded) I10 (recorded)
      openAtRisk: 1, // I5: past its 75 % warning; I6 is paused
      frMet: 6, frBreached: 2, frRate: 75,
      resMet: 4, resBreached: 2, resRate: 66.7,
      mttrHours: 22.6, resolvedCount: 5, // (3 + 20.5 + 47 + 19 + 23.5) / 5
      csatAvg: 3.5, csatCount: 2,
      overnightOpen: 4, overnightUnanswered: 1, // filed before today: I3 I4 I6 I10; I4 never answered
    });
  });

  it("open issues by module × priority, and the module and department filters", async () => {
    const cells = await getOpenMatrix(fourWeeks);
    expect(cells.sort((a, b) => a.module.localeCompare(b.module))).toEqual([
      { module: "FINANCE", priority: "P2", count: 2 },
      { module: "PRODUCTION", priority: "P3", count: 1 },
      { module: "QUALITY", priority: "P4", count: 1 },
      { module: "WAREHOUSE", priority: "P3", count: 1 },
    ]);
    const finance = parseDashboardFilter({ weeks: "4", module: "FINANCE" }, clock.today);
    expect((await getKpis(finance, clock)).open).toBe(2);
    const warehouse = parseDashboardFilter({ weeks: "4", department: dept.wh }, clock.today);
    const k = await getKpis(warehouse, clock);
    expect([k.open, k.frMet, k.frBreached, k.resMet, k.resBreached]).toEqual([1, 1, 1, 1, 1]);
  });

  it("SLA compliance per ISO week of filing (weeks start on Monday, local time)", async () => {
    expect(await getSlaWeekly(fourWeeks, clock)).toEqual([
      { week: "2026-10-26", filed: 0, frMet: 0, frBreached: 0, frRate: null, resMet: 0, resBreached: 0, resRate: null },
      { week: "2026-11-02", filed: 0, frMet: 0, frBreached: 0, frRate: null, resMet: 0, resBreached: 0, resRate: null },
      // I2 (Sunday 23:30), I6, I8
      { week: "2026-11-09", filed: 3, frMet: 2, frBreached: 1, frRate: 66.7, resMet: 1, resBreached: 1, resRate: 50 },
      // I1, I3 (Monday 07:30 = Sunday in UTC), I4, I5, I11, I12; the duplicate I7 is left out
      { week: "2026-11-16", filed: 6, frMet: 4, frBreached: 1, frRate: 80, resMet: 3, resBreached: 1, resRate: 75 },
    ]);
  });

  it("backlog at the end of each local day equals the previous day's plus filed minus done", async () => {
    const days = await getBacklogDaily(fourWeeks, clock);
    expect(days).toHaveLength(24);
    expect(days[0]).toEqual({ day: "2026-10-26", created: 0, done: 0, open: 1 }); // I10 from before the period
    const tail = Object.fromEntries(days.slice(-10).map((d) => [d.day, [d.created, d.done, d.open]]));
    expect(tail).toEqual({
      "2026-11-09": [1, 0, 2],
      "2026-11-10": [0, 0, 2],
      "2026-11-11": [0, 1, 1],
      "2026-11-12": [0, 0, 1],
      "2026-11-13": [1, 0, 2],
      "2026-11-14": [0, 0, 2],
      "2026-11-15": [1, 0, 3], // I2 at 23:30 local
      "2026-11-16": [4, 2, 5],
      "2026-11-17": [2, 3, 4], // the duplicate counts as filed and done
      "2026-11-18": [1, 0, 5], // = the open tile
    });
  });

  it("MTTR per ISO week of resolution, and CSAT per week and by score", async () => {
    const mttr = await getMttrWeekly(fourWeeks, clock);
    expect(mttr.slice(2)).toEqual([
      { week: "2026-11-09", resolved: 1, meanHours: 47, medianHours: 47 },
      { week: "2026-11-16", resolved: 4, meanHours: 16.5, medianHours: 19.8 }, // 3, 19, 20.5, 23.5
    ]);
    expect(mttr[0]).toEqual({ week: "2026-10-26", resolved: 0, meanHours: null, medianHours: null });
    expect((await getCsatWeekly(fourWeeks, clock)).slice(2)).toEqual([
      { week: "2026-11-09", responses: 1, average: 2 },
      { week: "2026-11-16", responses: 1, average: 5 },
    ]);
    expect(await getCsatDistribution(fourWeeks, clock)).toEqual([
      { score: 1, count: 0 }, { score: 2, count: 1 }, { score: 3, count: 0 }, { score: 4, count: 0 }, { score: 5, count: 1 },
    ]);
  });

  it("a custom range counts only what falls inside it", async () => {
    const custom = parseDashboardFilter({ from: "2026-11-16", to: "2026-11-17" }, clock.today);
    expect(custom).toMatchObject({ weeks: null, from: "2026-11-16", to: "2026-11-17" });
    const days = await getBacklogDaily(custom, clock);
    expect(days).toEqual([
      { day: "2026-11-16", created: 4, done: 2, open: 5 },
      { day: "2026-11-17", created: 2, done: 3, open: 4 },
    ]);
    const k = await getKpis(custom, clock);
    expect([k.frMet, k.frBreached, k.csatCount]).toEqual([4, 1, 1]);
  });
});

describe("daily report (每日系统运行监控报告)", () => {
  it("counts Monday 11-16: filed, done, open at end of day, breached, 问题不过夜, by module", async () => {
    const r = await computeDailyReport("2026-11-16", clock);
    expect(r.totals).toEqual({
      created: 4, done: 2, openEod: 5, openEodHigh: 1, breached: 1,
      // I1 I3 I11 under the hypercare cutoff 16:00, I12 under the default 17:00; I11 answered after 22:00
      sameDayEligible: 4, sameDayMet: 3, sameDayRate: 75,
      csatAverage: null, csatCount: 0,
    });
    expect(r.created.map((i) => i.title).sort()).toEqual(["I11 测试问题", "I12 测试问题", "I1 测试问题", "I3 测试问题"].sort());
    expect(r.done.map((i) => i.id).sort()).toEqual([ids.I1, ids.I2].sort());
    // Highest priority first, then the longest waiting; ages up to the end of that day.
    expect(r.open.map((i) => [i.id, i.ageHours])).toEqual([
      [ids.I10, 27 * 24 + 14], [ids.I3, 16], [ids.I6, 3 * 24 + 14], [ids.I11, 9], [ids.I12, 7],
    ]);
    expect(r.breached).toEqual([expect.objectContaining({ id: ids.I2, firstResponse: true, resolution: false })]);
    const row = (m: string) => r.byModule.find((x) => x.module === m);
    expect(row("WAREHOUSE")).toEqual({ module: "WAREHOUSE", created: 1, done: 1, openEod: 1, openEodHigh: 0, breached: 1 });
    expect(row("FINANCE")).toEqual({ module: "FINANCE", created: 1, done: 1, openEod: 1, openEodHigh: 1, breached: 0 });
    expect(row("SALES")).toBeUndefined();
  });

  it("counts Tuesday 11-17: breaches the SLA job has not recorded yet, the day's CSAT, a missed same-day answer", async () => {
    const r = await computeDailyReport("2026-11-17", clock);
    expect(r.totals).toMatchObject({ created: 2, done: 3, openEod: 4, breached: 2, sameDayEligible: 1, sameDayMet: 0, sameDayRate: 0, csatAverage: 5, csatCount: 1 });
    expect(r.breached.map((b) => [b.id, b.firstResponse, b.resolution]).sort()).toEqual([[ids.I3, false, true], [ids.I4, true, false]].sort());
    expect(r.csat).toEqual([{ number: expect.any(Number), title: "I1 测试问题", score: 5, comment: null }]);
  });

  it("puts an issue filed at 23:30 local time on that local day, not the next", async () => {
    const sunday = await computeDailyReport("2026-11-15", clock);
    expect(sunday.created.map((i) => i.id)).toEqual([ids.I2]);
    expect(sunday.totals.openEod).toBe(3); // I2 (resolved the next evening), I6, I10
  });
});

describe("sending the daily report", () => {
  it("stores a snapshot, queues one chat message per webhook and notifies executives and PMs; a resend makes a new one", async () => {
    const pm = await makeUser("PROJECT_MANAGER", { departmentId: dept.it });
    const exec = await makeUser("EXECUTIVE", { departmentId: dept.it });
    await db.webhookEndpoint.create({ data: { name: "项目群", format: "WECOM", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x" } });
    const r = await sendDailyReport.execute(actorOf(pm), { day: "2026-11-16", note: "财务月结问题已安排专人跟进" }, META);
    expect(r).toMatchObject({ ok: true, data: { webhooks: 1, readers: 2 } });
    const id = r.ok ? r.data.id : "";
    const stored = await getSentReport(id);
    expect(stored?.note).toBe("财务月结问题已安排专人跟进");
    expect((stored?.content as { totals: { created: number } }).totals.created).toBe(4);
    const outbox = await db.outboundMessage.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.dedupeKey).toContain(`daily-report:2026-11-16:${id}`);
    expect(outbox[0]!.body).toContain("每日系统运行监控报告");
    expect(outbox[0]!.body).toContain("财务月结问题已安排专人跟进");
    const notes = await db.notification.findMany({ where: { kind: "support.dailyReport" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([pm.id, exec.id].sort());
    expect(await db.auditLog.count({ where: { entityType: "DailyReport", entityId: id, action: "send" } })).toBe(1);

    // The snapshot does not move when the issues do.
    await db.issue.update({ where: { id: ids.I3 }, data: { createdAt: L("2026-11-14 09:00") } });
    expect((await getSentReport(id))?.content).toEqual(stored?.content);
    await db.issue.update({ where: { id: ids.I3 }, data: { createdAt: L(SPECS.I3!.createdAt) } });

    const again = await sendDailyReport.execute(actorOf(pm), { day: "2026-11-16" }, META);
    expect(again.ok).toBe(true);
    expect(await db.dailyReport.count()).toBe(2);
    expect(await db.outboundMessage.count()).toBe(2);
  });

  it("refuses a future day and a malformed one, keeping what was typed", async () => {
    const pm = await makeUser("PROJECT_MANAGER", { departmentId: dept.it });
    const future = await sendDailyReport.execute(actorOf(pm), { day: "2999-01-01", note: "x" }, META);
    expect(future).toMatchObject({ ok: false, fieldErrors: { day: "A report can only be sent for today or a past day." }, values: { note: "x" } });
    const bad = await sendDailyReport.execute(actorOf(pm), { day: "yesterday" }, META);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { day: expect.any(String) } });
  });
});
