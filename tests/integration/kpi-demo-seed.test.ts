import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_KPIS, seedDemoKpis } from "../../prisma/seed/demo-kpis";
import { DEMO_PROJECT_CODE } from "../../prisma/seed/demo-plan";
import { seedDemoCompany } from "../../scripts/db/seed";
import { addMonths, timeliness, toDay } from "@/modules/kpi/logic";
import { db, resetDatabase } from "../support/db";

// The demo KPIs on whatever day the seed runs: the seeds' catalogue, eighteen months of history told
// through the one value write path, and a J-curve around this week's go-live.
const TZ = "Asia/Shanghai";
const COMPUTATIONS = ["PLAN_PROGRESS_VS_TIME", "MILESTONES_ON_TIME", "DELIVERABLE_ACCEPTANCE", "SLA_FIRST_RESPONSE", "SLA_RESOLUTION", "MTTR_HOURS", "BACKLOG_OPEN", "CSAT_AVG", "ACTIVE_USER_RATE"];
let goLive: Date;
let today: Date;
let created = 0;
let ms = 0;

const snapshot = () => db.$queryRaw<{ code: string; n: number; total: number }[]>`
  SELECT k.code, count(v.id)::int AS n, coalesce(sum(v.value), 0)::float8 AS total FROM "Kpi" k LEFT JOIN "KpiValue" v ON v."kpiId" = k.id GROUP BY k.code ORDER BY k.code`;

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe(`TRUNCATE "Project", "PlanTemplate", "SlaPolicy", "WorkCalendar", "SupportGroup", "RoutingRule", "HelpArticle", "Issue", "Kpi" CASCADE`);
  await seedDemoCompany(process.env.DATABASE_URL!);
  expect(await db.kpi.count()).toBe(DEMO_KPIS.length);
  // Replaced here by a timed run with a known go-live and today.
  await db.$executeRawUnsafe(`TRUNCATE "Kpi" CASCADE`);
  const project = await db.project.findUniqueOrThrow({ where: { code: DEMO_PROJECT_CODE }, select: { actualGoLive: true, plannedGoLive: true } });
  goLive = project.actualGoLive ?? project.plannedGoLive;
  today = new Date(goLive.getTime() + 4 * 86_400_000); // Friday of the go-live week
  const t0 = performance.now();
  created = await seedDemoKpis(db, { goLive, timeZone: TZ, today });
  ms = performance.now() - t0;
}, 120_000);

describe("demo KPI seed", () => {
  it("creates the seeds' KPIs once, quickly and the same way every time", async () => {
    expect(created).toBe(DEMO_KPIS.length);
    expect(ms).toBeLessThan(2_000);
    const first = await snapshot();
    expect(await seedDemoKpis(db, { goLive, timeZone: TZ, today })).toBe(0);
    expect(await snapshot()).toEqual(first);
    await db.$executeRawUnsafe(`TRUNCATE "Kpi" CASCADE`);
    await seedDemoKpis(db, { goLive, timeZone: TZ, today });
    expect(await snapshot()).toEqual(first);
  });

  it("names every KPI the seeds list, in both languages, with owners and several targets", async () => {
    const kpis = await db.kpi.findMany({ include: { targets: true, owner: { select: { role: true } } } });
    const names = kpis.map((k) => k.nameZh).join(" ");
    for (const name of ["订单处理时间", "库存准确率", "库存周转天数", "资金占用", "人工成本", "订单准时交货率", "应收账款周期", "用户满意度", "用户活跃度", "按时上线率", "问题解决时间", "培训完成率", "主数据准确率", "节省工时"]) {
      expect(names).toContain(name);
    }
    for (const k of kpis) {
      expect(k.nameEn, k.code).not.toBe("");
      expect(k.definitionZh && k.definitionEn, k.code).toBeTruthy();
      expect(k.targets.length, k.code).toBeGreaterThanOrEqual(2);
      expect(k.owner?.role, k.code).toBeDefined();
      if (k.source === "COMPUTED") expect(COMPUTATIONS, k.code).toContain(k.computation);
    }
    expect(kpis.filter((k) => k.source === "COMPUTED").map((k) => k.computation).sort()).toEqual([...COMPUTATIONS].sort());
    const accuracy = kpis.find((k) => k.code === "INVENTORY_ACCURACY")!;
    expect(accuracy.targets.map((t) => t.value).sort()).toContain(98);
    expect(kpis.find((k) => k.code === "MASTER_DATA_ACCURACY")!.baselineValue).toBe(60);
  });

  it("gives every entered or imported KPI eighteen months of values, and computed KPIs none", async () => {
    const eighteenMonthsAgo = addMonths(toDay(today), -18);
    const spans = await db.$queryRaw<{ code: string; source: string; n: number; first: Date | null; last: Date | null }[]>`
      SELECT k.code, k.source::text, count(v.id)::int AS n, min(v."periodStart") AS first, max(v."periodStart") AS last
      FROM "Kpi" k LEFT JOIN "KpiValue" v ON v."kpiId" = k.id GROUP BY k.id`;
    for (const s of spans) {
      if (s.source === "COMPUTED") {
        expect(s.n, s.code).toBe(0);
        continue;
      }
      expect(toDay(s.first!) <= eighteenMonthsAgo, `${s.code} starts ${toDay(s.first!)}`).toBe(true);
      expect(s.n, s.code).toBeGreaterThanOrEqual(18);
    }
    expect(await db.kpiValue.count({ where: { origin: { not: "SEED" } } })).toBe(0);
  });

  it("keeps rollups and latest values right, as the value write path does", async () => {
    const [diff] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT v."kpiId", date_trunc('month', v."periodStart")::date AS p, avg(v.value) AS a, count(*) AS c FROM "KpiValue" v GROUP BY 1, 2
      ) raw FULL JOIN (SELECT * FROM "KpiRollup" WHERE grain = 'MONTH') r ON r."kpiId" = raw."kpiId" AND r."periodStart" = raw.p
      WHERE raw.p IS NULL OR r."periodStart" IS NULL OR abs(r."avgValue" - raw.a) > 1e-9 OR r."valueCount" <> raw.c`;
    expect(diff!.n).toBe(0);
    const stale = await db.$queryRaw<{ code: string }[]>`
      SELECT k.code FROM "Kpi" k WHERE k.source <> 'COMPUTED' AND k."latestValue" IS DISTINCT FROM
        (SELECT v.value FROM "KpiValue" v WHERE v."kpiId" = k.id ORDER BY v."periodStart" DESC LIMIT 1)`;
    expect(stale).toEqual([]);
  });

  it("tells the go-live story: the J-curve dip, notes, and one KPI reported late", async () => {
    const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "ORDER_PROCESSING_TIME" }, include: { values: { orderBy: { periodStart: "asc" } } } });
    const at = (day: Date) => kpi.values.find((v) => v.periodStart.getTime() === day.getTime())!;
    const before = kpi.values.filter((v) => v.periodStart < goLive).slice(-28);
    const legacyMean = before.reduce((s, v) => s + v.value, 0) / before.length;
    expect(at(goLive).value).toBeGreaterThan(legacyMean * 1.3); // worse right after go-live
    expect(at(today).value).toBeLessThan(at(goLive).value); // and already recovering
    expect(at(goLive).note).toBe("上线切换期");
    expect(await db.kpiValue.count({ where: { note: "年中盘点" } })).toBeGreaterThan(0);

    const states = new Map<string, string>();
    for (const k of await db.kpi.findMany({ where: { source: { not: "COMPUTED" } } })) {
      const state = timeliness({ frequency: k.frequency, graceDays: k.graceDays, latestPeriodStart: k.latestPeriodStart && toDay(k.latestPeriodStart), since: "2020-01-01" }, toDay(today)).state;
      states.set(k.code, state);
    }
    expect([...states].filter(([, s]) => s !== "ON_TIME")).toEqual([["RECEIVABLES_DAYS", "LATE"]]);
  });
});
