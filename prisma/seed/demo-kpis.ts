import type { PrismaClient } from "../../src/generated/prisma/client";
import type { KpiDirection, KpiFrequency } from "../../src/generated/prisma/enums";
import { addDays, addMonths, daysBetween, grainOf, nextPeriodStart, periodStart, toDay, type Grain } from "../../src/modules/kpi/logic";
import { writeKpiValues, type KpiValueInput } from "../../src/modules/kpi/values";
import { demoEmail } from "./demo-company";
import { prng, seedOf } from "./random";

// The seeds' KPIs (002 value realization, 000 operations, 001 gates and ROI, 004 implementation) with
// eighteen months of history: the legacy system's level with noise and seasons (the Spring Festival, the
// mid-year and year-end stock counts), the project's effect (data cleaning, training), the dip right after
// go-live (the J-curve) and the first days of recovery. Computed KPIs get their definition only: the metrics
// job calculates and backfills them. Deterministic: the same go-live and today give the same demo.

type Season = "cny" | "count" | "none";

interface DemoKpi {
  code: string;
  zh: string;
  en: string;
  defZh: string;
  defEn: string;
  unit: string;
  decimals: number;
  dir: KpiDirection;
  freq: KpiFrequency;
  owner: string;
  dept: string | null;
  baseline: number | null;
  /** Targets 3, 6 and 12 months after go-live. */
  targets: [number, number, number];
  green?: number;
  amber?: number;
  grace?: number;
  computation?: string;
  imported?: boolean;
  /** History: noise (share of the level), season, level reached by go-live through the project, dip at go-live (worse by). */
  noise?: number;
  season?: Season;
  projectTo?: number;
  dip?: number;
  /** The last due period is missing, so the catalogue flags it late. */
  late?: boolean;
}

const LOWER: KpiDirection = "LOWER_IS_BETTER";
const HIGHER: KpiDirection = "HIGHER_IS_BETTER";

export const DEMO_KPIS: DemoKpi[] = [
  { code: "ORDER_PROCESSING_TIME", zh: "订单处理时间", en: "Order processing time", defZh: "从接单到订单审核完成的平均时长（ERP 销售订单日志）。目标：上线 3 个月缩短 30%。", defEn: "Mean time from order receipt to approved sales order (ERP order log). Goal: 30% shorter 3 months after go-live.", unit: "h", decimals: 1, dir: LOWER, freq: "DAILY", owner: "pm", dept: "sales", baseline: 8, targets: [5.6, 5, 4.5], imported: true, noise: 0.09, season: "cny", projectTo: 8.4, dip: 5.5 },
  { code: "INVENTORY_ACCURACY", zh: "库存准确率", en: "Inventory accuracy", defZh: "月度盘点中账实相符的库位占比。目标：上线 3 个月达到 98%。", defEn: "Share of bins whose count matches the books at the monthly stock count. Goal: 98% 3 months after go-live.", unit: "%", decimals: 1, dir: HIGHER, freq: "MONTHLY", owner: "steward", dept: "warehouse", baseline: 91.5, targets: [98, 98.5, 99], imported: true, noise: 0.008, season: "count", projectTo: 93.5, dip: 3.5 },
  { code: "INVENTORY_TURNOVER_DAYS", zh: "库存周转天数", en: "Inventory turnover days", defZh: "平均库存金额 ÷ 日均出库成本。", defEn: "Average inventory value ÷ daily cost of goods issued.", unit: "天", decimals: 0, dir: LOWER, freq: "MONTHLY", owner: "lin.hui", dept: "warehouse", baseline: 62, targets: [58, 50, 45], imported: true, noise: 0.04, season: "cny", dip: 4 },
  { code: "CAPITAL_TIED_UP", zh: "库存资金占用", en: "Capital tied up in inventory", defZh: "月末原料、在制品和成品库存金额。", defEn: "Month-end value of raw material, work in progress and finished goods.", unit: "万元", decimals: 0, dir: LOWER, freq: "MONTHLY", owner: "lin.hui", dept: "finance", baseline: 3800, targets: [3650, 3300, 3000], imported: true, noise: 0.03, season: "cny", dip: 150 },
  { code: "LABOUR_COST", zh: "单据处理人工成本", en: "Labour cost of paperwork", defZh: "销售、采购、仓库和财务处理单据的人工成本（按工时折算）。", defEn: "Labour cost of handling documents in sales, purchasing, warehouse and finance (from hours worked).", unit: "万元", decimals: 1, dir: LOWER, freq: "MONTHLY", owner: "pm", dept: "finance", baseline: 46, targets: [45, 41, 38], noise: 0.03, season: "cny", dip: 5 },
  { code: "ON_TIME_DELIVERY", zh: "订单准时交货率", en: "On-time delivery rate", defZh: "按承诺日期或之前发货的订单行占比。", defEn: "Share of order lines shipped on or before the promised date.", unit: "%", decimals: 1, dir: HIGHER, freq: "WEEKLY", owner: "pm", dept: "sales", baseline: 86, targets: [90, 93, 95], imported: true, noise: 0.02, season: "cny", dip: 7 },
  { code: "RECEIVABLES_DAYS", zh: "应收账款周期", en: "Receivables cycle", defZh: "应收账款余额 ÷ 日均赊销额（DSO），财务月结后填报。", defEn: "Receivables ÷ average daily credit sales (DSO), reported after the month-end close.", unit: "天", decimals: 0, dir: LOWER, freq: "MONTHLY", owner: "lin.hui", dept: "finance", baseline: 68, targets: [65, 58, 52], grace: 10, imported: true, noise: 0.04, season: "cny", late: true },
  { code: "USER_SATISFACTION", zh: "用户满意度", en: "User satisfaction", defZh: "月度问卷中对系统“满意”或“非常满意”的用户占比。阶段验收要求 ≥ 85%。", defEn: "Share of users answering satisfied or very satisfied in the monthly survey. Phase gates require ≥ 85%.", unit: "%", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "trainer", dept: null, baseline: 71, targets: [85, 88, 90], noise: 0.03, projectTo: 76, dip: 6 },
  { code: "USER_ACTIVITY", zh: "ERP 用户活跃度", en: "ERP user activity", defZh: "每周至少登录一次 ERP 的授权用户占比（ERP 登录日志）。目标：3 个月内 > 80%。", defEn: "Share of licensed users signing in to the ERP at least once a week (ERP sign-in log). Goal: above 80% within 3 months.", unit: "%", decimals: 0, dir: HIGHER, freq: "WEEKLY", owner: "support", dept: "it", baseline: 58, targets: [80, 85, 90], imported: true, noise: 0.04, projectTo: 62 },
  { code: "ON_TIME_GO_LIVE_RATE", zh: "按时上线率", en: "On-time go-live rate", defZh: "按计划日期上线的功能模块和变更占比。", defEn: "Share of modules and changes going live on their planned date.", unit: "%", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "pm", dept: "it", baseline: 70, targets: [90, 92, 95], noise: 0.08, projectTo: 85 },
  { code: "ISSUE_RESOLUTION_TIME", zh: "问题解决时间", en: "Issue resolution time", defZh: "信息部工单从提交到解决的平均时长（服务台系统）。", defEn: "Mean time from filing to resolution of IT tickets (service desk).", unit: "h", decimals: 1, dir: LOWER, freq: "WEEKLY", owner: "support", dept: "it", baseline: 30, targets: [16, 12, 8], imported: true, noise: 0.12, projectTo: 26, dip: 14 },
  { code: "TRAINING_COMPLETION", zh: "培训完成率", en: "Training completion", defZh: "已完成所需 ERP 课程并通过考核的用户占比（含新员工）。", defEn: "Share of users who completed and passed their required ERP courses (new hires included).", unit: "%", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "trainer", dept: "hr", baseline: 55, targets: [95, 97, 98], noise: 0.03, projectTo: 94, dip: 2 },
  { code: "MASTER_DATA_ACCURACY", zh: "主数据准确率", en: "Master data accuracy", defZh: "抽检的物料、客户、供应商记录中完全正确的占比。案例：清洗后从 60% 提升到 98%。", defEn: "Share of sampled material, customer and supplier records that are fully correct. Case: 60% raised to 98% by cleaning.", unit: "%", decimals: 1, dir: HIGHER, freq: "MONTHLY", owner: "steward", dept: "engineering", baseline: 60, targets: [98, 98.5, 99], noise: 0.02, projectTo: 95, dip: 1.5 },
  { code: "HOURS_SAVED", zh: "节省工时（ROI）", en: "Hours saved (ROI)", defZh: "与上线前相比每月节省的单据处理工时，用于 ROI 测算。", defEn: "Document-handling hours saved per month compared with before go-live, for the ROI check.", unit: "工时", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "pm", dept: "management", baseline: 0, targets: [400, 900, 1500], green: 5, amber: 25, noise: 0, projectTo: 60, dip: 180 },
  { code: "DOCUMENT_ERROR_RATE", zh: "单据差错率", en: "Document error rate", defZh: "被退回或红冲的销售、采购和库存单据占比。", defEn: "Share of sales, purchasing and stock documents returned or reversed.", unit: "%", decimals: 2, dir: LOWER, freq: "WEEKLY", owner: "steward", dept: "quality", baseline: 3.2, targets: [1.5, 1, 0.6], imported: true, noise: 0.1, projectTo: 2.9, dip: 2.4 },
  // Computed by the portal from its own data (modules/metrics).
  { code: "PLAN_PROGRESS_VS_TIME", zh: "计划进度达成率", en: "Plan progress vs time", defZh: "实际完成进度 ÷ 按时间应完成进度。", defEn: "Progress made ÷ progress due by now.", unit: "%", decimals: 0, dir: HIGHER, freq: "WEEKLY", owner: "pm", dept: null, baseline: null, targets: [100, 100, 100], green: 5, amber: 15, computation: "PLAN_PROGRESS_VS_TIME" },
  { code: "MILESTONES_ON_TIME", zh: "里程碑按时达成率", en: "Milestones on time", defZh: "按计划日期达成的里程碑占比。", defEn: "Share of milestones achieved by their planned date.", unit: "%", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "pm", dept: null, baseline: null, targets: [90, 92, 95], computation: "MILESTONES_ON_TIME" },
  { code: "DELIVERABLE_ACCEPTANCE", zh: "交付物验收通过率", en: "Deliverable acceptance rate", defZh: "首次提交即通过验收的交付物占比。", defEn: "Share of deliverables accepted at first submission.", unit: "%", decimals: 0, dir: HIGHER, freq: "MONTHLY", owner: "pm", dept: null, baseline: null, targets: [85, 90, 90], computation: "DELIVERABLE_ACCEPTANCE" },
  { code: "SLA_FIRST_RESPONSE", zh: "首次响应 SLA 达成率", en: "First-response SLA met", defZh: "在 SLA 时限内首次响应的问题占比。", defEn: "Share of issues first answered within their SLA.", unit: "%", decimals: 0, dir: HIGHER, freq: "WEEKLY", owner: "support", dept: "it", baseline: null, targets: [95, 97, 98], computation: "SLA_FIRST_RESPONSE" },
  { code: "SLA_RESOLUTION", zh: "解决 SLA 达成率", en: "Resolution SLA met", defZh: "在 SLA 时限内解决的问题占比。", defEn: "Share of issues resolved within their SLA.", unit: "%", decimals: 0, dir: HIGHER, freq: "WEEKLY", owner: "support", dept: "it", baseline: null, targets: [90, 93, 95], computation: "SLA_RESOLUTION" },
  { code: "MTTR_HOURS", zh: "平均解决时长", en: "Mean time to resolve", defZh: "门户问题从提交到解决的平均时长。", defEn: "Mean time from filing to resolution of portal issues.", unit: "h", decimals: 1, dir: LOWER, freq: "WEEKLY", owner: "support", dept: "it", baseline: null, targets: [12, 8, 6], computation: "MTTR_HOURS" },
  { code: "BACKLOG_OPEN", zh: "未关闭问题数", en: "Open issue backlog", defZh: "当日结束时未关闭的问题数。", defEn: "Issues still open at the end of the day.", unit: "个", decimals: 0, dir: LOWER, freq: "DAILY", owner: "support", dept: "it", baseline: null, targets: [15, 10, 8], green: 10, amber: 40, computation: "BACKLOG_OPEN" },
  { code: "CSAT_AVG", zh: "支持服务满意度", en: "Support satisfaction (CSAT)", defZh: "问题解决后用户评分的平均值（1–5 分）。", defEn: "Mean rating users give resolved issues (1–5).", unit: "分", decimals: 2, dir: HIGHER, freq: "WEEKLY", owner: "support", dept: "it", baseline: null, targets: [4.3, 4.5, 4.6], green: 2, amber: 8, computation: "CSAT_AVG" },
  { code: "ACTIVE_USER_RATE", zh: "门户活跃用户率", en: "Portal active-user rate", defZh: "每周登录门户的用户 ÷ 在职用户。", defEn: "Users signing in to the portal per week ÷ active users.", unit: "%", decimals: 0, dir: HIGHER, freq: "WEEKLY", owner: "trainer", dept: null, baseline: null, targets: [80, 85, 90], computation: "ACTIVE_USER_RATE" },
];

/** Standard normal noise (Box–Muller). */
const gauss = (rnd: () => number) => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

/** Season factor in the KPI's "worse" direction: the Spring Festival (Jan–Feb) strains orders, stock and cash. */
function seasonal(season: Season, day: string): number {
  const month = Number(day.slice(5, 7));
  if (season === "cny") return month === 2 ? 1 : month === 1 ? 0.6 : month === 3 ? 0.2 : 0;
  return 0;
}

interface Timeline {
  projectStart: string;
  goLive: string;
}

/** One period's value: the legacy level, the project's drift, seasons, the go-live dip and its recovery. */
function valueAt(k: DemoKpi, day: string, t: Timeline, rnd: () => number): number {
  const base = k.baseline ?? 0;
  const worse = k.dir === "LOWER_IS_BETTER" ? 1 : -1;
  let level = base;
  if (k.projectTo !== undefined && day >= t.projectStart) {
    const share = Math.min(1, daysBetween(t.projectStart, day) / Math.max(1, daysBetween(t.projectStart, t.goLive)));
    level = base + (k.projectTo - base) * share;
  }
  const scale = Math.abs(base) || Math.abs(k.targets[0]);
  level += worse * seasonal(k.season ?? "none", day) * scale * 0.06;
  if (day >= t.goLive && k.dip) {
    // The J-curve: worst in the go-live week, easing over the following weeks as people find their feet.
    level += worse * k.dip * Math.exp(-daysBetween(t.goLive, day) / 12);
  }
  if (k.code === "HOURS_SAVED" && day < t.projectStart) level = 0; // nothing saved before the project
  const value = level + gauss(rnd) * (k.noise ?? 0) * scale;
  const clamped = k.unit === "%" ? Math.min(100, Math.max(0, value)) : Math.max(k.code === "HOURS_SAVED" ? -1000 : 0, value);
  return Number(clamped.toFixed(k.decimals));
}

function noteFor(k: DemoKpi, period: string, grain: Grain, t: Timeline): string | null {
  const holdsGoLive = period <= t.goLive && t.goLive < nextPeriodStart(period, grain);
  if (holdsGoLive) return k.freq === "MONTHLY" ? "上线切换期（月初至今）" : "上线切换期";
  if (period > t.goLive && grain !== "MONTH") return "上线后集中支持";
  const month = period.slice(5, 7);
  if (k.code === "INVENTORY_ACCURACY" && month === "06") return "年中盘点";
  if (k.code === "INVENTORY_ACCURACY" && month === "12") return "年终盘点";
  if (k.code === "MASTER_DATA_ACCURACY" && period >= t.projectStart) return "主数据清洗";
  if (k.season === "cny" && month === "02" && grain !== "DAY") return "春节停产";
  return null;
}

/** The periods a KPI has values for: nineteen months up to today, so even the late one keeps eighteen (it stops before its due period). */
function periodsOf(k: DemoKpi, today: string, goLive: string): string[] {
  const grain = grainOf(k.freq);
  let last = periodStart(today, grain);
  if (k.late) {
    const due = periodStart(addDays(periodStart(addDays(today, -(k.grace ?? 3)), grain), -1), grain);
    last = periodStart(addDays(due, -1), grain);
  }
  const out: string[] = [];
  for (let p = periodStart(addMonths(goLive, -19), grain); p <= last; p = nextPeriodStart(p, grain)) out.push(p);
  return out;
}

export async function seedDemoKpis(prisma: PrismaClient, options: { goLive: Date; timeZone: string; today: Date }): Promise<number> {
  if ((await prisma.kpi.count()) > 0) return 0;
  const goLive = toDay(options.goLive);
  const today = toDay(options.today);
  // The project ran eleven weeks before go-live (see demo-plan); baselines were measured the month before it.
  const timeline: Timeline = { projectStart: addDays(goLive, -11 * 7), goLive };
  const baselineDate = periodStart(addDays(timeline.projectStart, -20), "MONTH");
  const [users, departments] = await Promise.all([
    prisma.user.findMany({ where: { email: { in: DEMO_KPIS.map((k) => demoEmail(k.owner)) } }, select: { id: true, email: true } }),
    prisma.department.findMany({ select: { id: true, code: true } }),
  ]);
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const departmentId = new Map(departments.map((d) => [d.code, d.id]));
  const date = (day: string) => new Date(`${day}T00:00:00.000Z`);

  await prisma.$transaction(async (tx) => {
    for (const [i, k] of DEMO_KPIS.entries()) {
      const kpi = await tx.kpi.create({
        data: {
          code: k.code, nameZh: k.zh, nameEn: k.en, definitionZh: k.defZh, definitionEn: k.defEn, unit: k.unit, decimals: k.decimals,
          direction: k.dir, frequency: k.freq, source: k.computation ? "COMPUTED" : k.imported ? "IMPORTED" : "ENTERED",
          computation: k.computation ?? null, baselineValue: k.baseline, baselineDate: k.baseline === null ? null : date(baselineDate),
          greenWithinPct: k.green ?? 2, amberWithinPct: k.amber ?? 10, graceDays: k.grace ?? 3, sortOrder: i,
          ownerId: userId.get(demoEmail(k.owner)) ?? null, departmentId: k.dept ? (departmentId.get(k.dept) ?? null) : null,
          targets: {
            create: [3, 6, 12].map((months, j) => ({
              dueDate: date(addMonths(goLive, months)), value: k.targets[j]!, labelZh: `上线后 ${months} 个月`, labelEn: `${months} months after go-live`,
            })),
          },
        },
        select: { id: true },
      });
      if (k.computation) continue;
      const grain = grainOf(k.freq);
      // One stream per KPI, so adding a KPI leaves the others' history as it was.
      const rnd = prng(seedOf(k.code)).next;
      const values: KpiValueInput[] = periodsOf(k, today, goLive).map((p) => {
        // A period's value reflects its middle (the go-live week: its Wednesday), not its first day.
        const mid = grain === "DAY" ? p : grain === "WEEK" ? addDays(p, 2) : p <= goLive && goLive < nextPeriodStart(p, grain) ? addDays(goLive, 2) : addDays(p, 14);
        return { periodStart: p, value: valueAt(k, mid, timeline, rnd), note: noteFor(k, p, grain, timeline) };
      });
      await writeKpiValues(tx, kpi.id, values, "SEED", null);
    }
  }, { timeout: 60_000 });
  return DEMO_KPIS.length;
}
