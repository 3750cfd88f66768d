// What people at a process manufacturer write when the new ERP gets in their way, per module: a few
// title patterns with document numbers filled in, and description sentences to combine. 凭证 (voucher,
// material document) turns up where it does in real life, so the bench's search finds a realistic share.
import type { ErpModule } from "../../../src/generated/prisma/enums";

type Pick = <T>(xs: readonly T[]) => T;

const TITLES: Record<ErpModule, readonly string[]> = {
  SALES: [
    "销售订单 SO{n} 保存时提示信用额度不足",
    "客户 C{c} 的价格条件没有带出",
    "交货单 DN{n} 无法过账：批次未分配",
    "开票时税率显示错误（{p}）",
    "销售退货 RMA{n} 生成的贷项凭证金额不对",
  ],
  PURCHASING: [
    "采购申请 PR{n} 审批流卡在部门经理",
    "采购订单 PO{n} 供应商 V{c} 的付款条件不对",
    "收货时提示超出采购订单数量容差",
    "询价单比价结果导出为空",
    "采购价格信息记录 {m} 无法维护",
  ],
  WAREHOUSE: [
    "收货后物料凭证 {n} 没有生成",
    "库位 {b} 盘点差异过账报错",
    "批次 {lot} 在库存查询里看不到",
    "调拨单 TO{n} 从原料库到车间线边库无法确认",
    "扫码枪扫描物料 {m} 提示条码未登记",
  ],
  PRODUCTION: [
    "生产订单 MO{n} 下达时配方 BOM 版本不对",
    "投料单按批次领料数量四舍五入有误",
    "工单报工后在制品数量没有更新",
    "反应釜 R{c} 的工艺路线工时不对",
    "生产订单 MO{n} 结算差异过大，请帮忙核对",
  ],
  ENGINEERING: [
    "配方 F{c} 新版本审批后 BOM 没有同步",
    "物料主数据 {m} 缺少换算单位 kg/桶",
    "工程变更单 ECN{n} 无法关闭",
    "替代料 {m} 在配方里不生效",
  ],
  FINANCE: [
    "记账凭证 {n} 过账报错：期间未打开",
    "月结时成本中心 {c} 分摊结果为零",
    "供应商发票 {n} 校验提示价格差异",
    "凭证 {n} 冲销后余额表没有变化",
    "固定资产折旧凭证重复生成",
    "银行对账导入文件格式不识别",
  ],
  HR: [
    "{p}月工资计算社保基数不对",
    "新员工在 ERP 里找不到自己的成本中心",
    "考勤数据导入后加班工时丢失",
    "工资凭证过账到总账时科目映射错误",
  ],
  QUALITY: [
    "检验批 {lot} 结果录入后无法做使用决策",
    "来料检验 IQC{n} 的检验计划没有自动带出",
    "批次 {lot} 的 COA 打印缺少检测项目",
    "质量通知单 QN{n} 无法分派给供应商",
  ],
  SYSTEM: [
    "账号被锁定，无法登录 ERP",
    "申请开通 {p} 模块的查询权限",
    "打印机 PRT{c} 无法打印交货单",
    "系统响应很慢，打开报表要一分钟以上",
    "移动端审批待办不刷新",
    "角色 Z_{c} 缺少凭证查看权限",
  ],
};

const OPENINGS = [
  "今天上午操作时遇到这个问题，",
  "从上线以来一直这样，",
  "昨天还正常，今天突然不行了，",
  "同事也反映过同样的问题，",
  "按照培训手册的步骤操作，",
  "月底结账前急需处理，",
];

const DETAILS = [
  "系统提示：“数据不一致，请联系管理员”。",
  "截图已经发给了顾问，但还没有回复。",
  "试过退出重新登录，没有用。",
  "影响到车间今天的排产，请尽快处理。",
  "老系统里这个流程是可以走通的。",
  "涉及的单据号已经记在下面了。",
  "只有我们部门的账号有这个问题。",
  "数量不大，但是每天都会发生。",
  "财务需要这笔业务做月结。",
  "客户在催货，希望今天能解决。",
];

const STEPS = [
  "操作步骤：1. 打开事务；2. 输入单号；3. 点击保存，出现报错。",
  "复现步骤：进入菜单 → 选择工厂 1000 → 执行，页面报错。",
  "单据号：{n}，批次：{lot}。",
  "物料：{m}，数量 {q} kg。",
];

function fill(template: string, pick: Pick, n: number): string {
  return template
    .replaceAll("{n}", String(4500000000 + n))
    .replaceAll("{c}", String(1000 + (n % 900)))
    .replaceAll("{m}", `RM-${String(10000 + (n % 8999))}`)
    .replaceAll("{b}", `${pick(["A", "B", "C", "D"])}-${String((n % 40) + 1).padStart(2, "0")}-${(n % 5) + 1}`)
    .replaceAll("{lot}", `L${260000 + (n % 99999)}`)
    .replaceAll("{q}", String(((n % 400) + 1) * 25))
    .replaceAll("{p}", pick(["销售", "采购", "库存", "生产", "财务", "质量", "10", "11", "12"]));
}

export function issueTitle(module: ErpModule, pick: Pick, n: number): string {
  return fill(pick(TITLES[module]), pick, n);
}

export function issueDescription(pick: Pick, n: number): string {
  const parts = [pick(OPENINGS), pick(DETAILS), pick(DETAILS), fill(pick(STEPS), pick, n)];
  return [...new Set(parts)].join("");
}
