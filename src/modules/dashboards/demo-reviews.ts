// Demo monthly reviews (月度回顾) for the seeded company: one per month from three months before go-live up to
// last month (at most three after it), with a summary, comments on the headline KPIs and agreed actions. Idempotent (a month that has a
// review is left alone). No "server-only": the seed imports it. To be called after the demo KPIs exist.
import type { PrismaClient } from "../../generated/prisma/client";
import { addDays, addMonths, periodStart, toDay } from "../kpi/logic";

type Db = Pick<PrismaClient, "monthlyReview" | "kpi" | "user">;

// By month relative to the go-live month (−3 … +3), as the seeds' rollout runs: survey, configuration, UAT, go-live, support.
const SUMMARIES: Record<number, string> = {
  [-3]: "业务调研与系统准备:各部门流程梳理完成,差异分析与系统蓝图已确认;基础数据清洗进度落后于计划,已增派数据责任人。",
  [-2]: "主数据导入与系统配置完成,配方BOM和批次追溯规则通过评审;用户培训开始,仓库和财务的实操练习需加强。",
  [-1]: "用户验收测试完成,发现的问题均已关闭或有应对方案;期初数据导入与切换演练完成,上线日期确定。",
  0: "上线月:系统正式上线,顾问现场支持,做到问题不过夜。订单处理时间开始下降,库存准确率受盘点差异影响仍低于目标。",
  1: "上线后第一个月:首次月结顺利完成;订单处理时间接近 3 个月目标,应收账款周期数据依赖财务月结,报送偏晚。",
  2: "上线后第二个月:库存准确率明显提升,用户满意度略低于 85% 的阶段门要求;日常问题处理已移交内部负责人。",
  3: "上线后第三个月:快速见效目标基本达成,进入持续优化阶段;下一步关注库存周转和资金占用等 6 个月目标。",
};

const COMMENTS: Record<string, string> = {
  ORDER_PROCESSING_TIME: "销售订单审批流简化后效果明显,继续跟踪大客户订单。",
  INVENTORY_ACCURACY: "原料仓盘点差异已清理,成品仓条码枪问题待解决。",
  RECEIVABLES_DAYS: "数据在月结后补录,请财务部在次月 10 日前报送。",
  USER_SATISFACTION: "培训后满意度回升,问卷开放意见集中在报表速度。",
};

const ACTIONS: { title: string; owner: string; inDays: number }[] = [
  { title: "完成成品仓条码枪固件升级并复盘盘点差异", owner: "keyuser", inDays: 20 },
  { title: "财务部在次月 10 日前报送应收账款周期", owner: "lin.hui", inDays: 40 },
  { title: "组织一次 ERP 高手讲堂:销售订单快捷录入", owner: "trainer", inDays: 25 },
];

export async function seedDemoMonthlyReviews(db: Db, options: { goLive: Date; today: Date; emailDomain: string }): Promise<number> {
  const today = toDay(options.today);
  const goLiveMonth = periodStart(toDay(options.goLive), "MONTH");
  const first = addMonths(goLiveMonth, -3);
  const thisMonth = periodStart(today, "MONTH");
  const [kpis, users] = await Promise.all([
    db.kpi.findMany({ where: { code: { in: Object.keys(COMMENTS) } }, select: { id: true, code: true } }),
    db.user.findMany({ select: { id: true, email: true } }),
  ]);
  const userId = (login: string) => users.find((u) => u.email === `${login}@${options.emailDomain}`)?.id ?? null;
  const pm = userId("pm");
  let created = 0;
  for (let month = first, offset = -3; month < thisMonth && offset <= 3; month = addMonths(month, 1), offset++) {
    const date = new Date(`${month}T00:00:00Z`);
    if (await db.monthlyReview.findUnique({ where: { month: date }, select: { id: true } })) continue;
    const monthEnd = addDays(addMonths(month, 1), -1);
    await db.monthlyReview.create({
      data: {
        month: date,
        summary: SUMMARIES[offset]!,
        updatedById: pm,
        // KPI comments from the go-live month on: before it the values are the baseline's.
        comments: { create: offset < 0 ? [] : kpis.map((k) => ({ kpiId: k.id, body: COMMENTS[k.code]! })) },
        actions: {
          create: ACTIONS.map((a, position) => ({
            title: a.title,
            ownerId: userId(a.owner),
            dueDate: new Date(`${addDays(monthEnd, a.inDays)}T00:00:00Z`),
            // Actions of older months are done; the latest month's are still open.
            done: addDays(monthEnd, a.inDays) < today,
            position,
          })),
        },
      },
    });
    created++;
  }
  return created;
}
