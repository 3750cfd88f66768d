import type { PrismaClient } from "../../src/generated/prisma/client";
import type { ArticleKind, ArticleStatus, ErpModule, Role } from "../../src/generated/prisma/enums";

// The demo company's help center three weeks after go-live: what the support desk and trainers wrote
// while key users asked the same questions again (formula BOMs, batches, QC, month-end, printing, access).

interface DemoArticle {
  title: string;
  kind: ArticleKind;
  module: ErpModule | null;
  roles?: Role[];
  videoUrl?: string;
  status?: ArticleStatus;
  views: number;
  /** Days before today it was published. */
  daysAgo: number;
  body: string;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: "如何申请 ERP 系统权限（新增角色或数据权限）",
    kind: "GUIDE", module: "SYSTEM", views: 256, daysAgo: 20,
    body: `上线后岗位调整、新员工入职或需要查看其他工厂/仓库的数据时，请按以下步骤申请权限。

## 申请步骤
1. 在门户 **提交问题**，类型选“权限申请”，模块选“系统与权限”。
2. 写清楚：姓名、工号、所在部门、需要的 **ERP 角色**（例如“仓库保管员”“成本会计”）以及 **数据范围**（工厂、仓库、公司代码）。
3. 部门负责人在问题下留言确认“同意开通”。
4. 信息部在 **1 个工作日内** 开通，并在问题中回复开通结果。

## 注意事项
- 权限按“最小够用”原则开通，临时权限请注明截止日期。
- 离职、转岗人员的权限由人力资源部发起回收，无需本人申请。
- 开通后需 **退出并重新登录 ERP** 才能生效。

| 常见需求 | 对应角色 |
|---|---|
| 做采购订单 | 采购员 |
| 出入库过账 | 仓库保管员 |
| 录入检验结果 | 质检员 |
| 月结与成本核算 | 成本会计 |`,
  },
  {
    title: "按批次号追溯原料去向和成品来源",
    kind: "GUIDE", module: "WAREHOUSE", roles: ["KEY_USER", "SUPPORT"], views: 231, daysAgo: 19,
    body: `客户投诉或质量异常时，需要在几分钟内查清“这个批次用了哪些原料、这批原料还做了哪些成品”。

## 正向追溯（原料 → 成品）
1. 打开 **库存管理 → 批次追溯**。
2. 输入原料批次号（如 \`RM-240315-02\`），方向选择“向下”。
3. 系统列出使用该批次的所有生产订单、成品批次和已发货的销售订单。

## 反向追溯（成品 → 原料）
1. 同一界面输入成品批次号，方向选择“向上”。
2. 展开每一层可看到投料数量、投料时间和质检结论。

## 小技巧
- 点击右上角 **导出** 可生成 Excel，直接附在客诉报告里。
- 追溯结果为空时，先确认该批次的生产领料是否已经 **过账**——未过账的领料不会出现在追溯链中。`,
  },
  {
    title: "视频：生产领料与成品入库的出入库操作",
    kind: "VIDEO", module: "WAREHOUSE", roles: ["KEY_USER"], views: 205, daysAgo: 18,
    videoUrl: "https://video.hdchem.cn/erp/training/warehouse-issue-receipt",
    body: `12 分钟的操作演示，覆盖车间最常用的两类单据。

## 视频内容
- 00:30 按生产订单 **领料**：扫码选批次、部分领料、超领审批
- 05:10 **成品入库**：录入成品批次、关联质检结果、打印批次标签
- 09:40 常见错误：批次选错如何冲销、入库数量与报工数量不一致

观看后可在测试环境练习，练习账号向培训师刘洋申请。`,
  },
  {
    title: "如何维护配方BOM（含替代料与损耗率）",
    kind: "GUIDE", module: "ENGINEERING", roles: ["KEY_USER", "DATA_STEWARD"], views: 186, daysAgo: 21,
    body: `配方BOM 决定生产领料和成本核算，修改前请与技术部确认。

## 新建或修改配方
1. 进入 **工程数据 → 配方BOM**，按成品编码查询。
2. 点击“新建版本”，**不要直接修改已生效版本**。
3. 逐行维护原料、用量（按 1000 kg 基准量）和 **损耗率**（%）。
4. 有替代料时，在“替代组”中填写同一组号，并设置优先级。
5. 保存后提交审批，审批通过并到达 **生效日期** 后才会被新生产订单带出。

## 检查清单
- 所有原料的计量单位与库存单位一致（kg / L）。
- 损耗率一般不超过 3%，超过请在备注中说明原因。
- 含危化品原料的配方需质量部会签。`,
  },
  {
    title: "月结操作清单：关账前必须完成的 8 项检查",
    kind: "GUIDE", module: "FINANCE", roles: ["KEY_USER"], views: 164, daysAgo: 15,
    body: `每月最后一个工作日 18:00 前，各部门完成以下事项，财务次日开始成本核算并关账。

1. **仓储**：当月所有出入库单据已过账，无“已保存未过账”单据。
2. **生产**：生产订单报工完成，已完工订单做“技术完工”。
3. **质检**：待检库存已出结论，不合格品已转入冻结库存。
4. **采购**：已收货未开票的采购订单核对暂估金额。
5. **销售**：已发货的销售订单全部开票或说明原因。
6. **库存盘点**：盘点差异已审批并过账。
7. **财务**：运行“在制品结转”和“成本滚算”。
8. **财务**：核对总账与库存子账差异为 0 后关闭期间。

> 任一项未完成，请在门户提交问题并注明“月结”，支持组当天处理。`,
  },
  {
    title: "配方BOM 换版后，生产订单仍带出旧配方怎么办？",
    kind: "FAQ", module: "PRODUCTION", views: 142, daysAgo: 17,
    body: `## 原因
生产订单按 **订单创建日期** 选取当时生效的配方版本。订单在新版本生效之前创建，就会带出旧配方。

## 解决方法
1. 未领料的订单：在生产订单中点击 **重新读取BOM**，系统按今天的生效版本刷新组件。
2. 已部分领料的订单：不能刷新，请先把已领原料退回，或联系技术部评估按旧配方完成。
3. 以后换版时，把新版本的 **生效日期** 设在下一批生产订单创建之前。`,
  },
  {
    title: "打印模板：送货单、批次标签打印错位的调整方法",
    kind: "FAQ", module: "SYSTEM", views: 133, daysAgo: 16,
    body: `## 现象
送货单内容整体偏下，或批次标签的条码打到标签纸外。

## 解决方法
1. 先确认打印机驱动里的纸张规格：送货单为 **241 × 140 mm 三联纸**，批次标签为 **100 × 60 mm**。
2. 在 ERP 打印预览中点击 **页面设置**，把上边距和左边距分别调整 2–3 mm 后重试。
3. 标签打印请使用“批次标签（热敏）”模板，不要选 A4 模板。
4. 仍然错位时，提交问题并上传一张打印效果照片，信息部会远程调整模板。`,
  },
  {
    title: "采购订单审批卡住了，如何查看审批到了谁那里？",
    kind: "FAQ", module: "PURCHASING", views: 121, daysAgo: 14,
    body: `## 查看审批进度
打开采购订单，点击顶部的 **审批流** 页签，可看到每一级审批人、到达时间和处理结果。

## 常见卡住原因
- 审批人出差：审批人可在手机端审批，或由部门负责人在系统中设置 **代理人**。
- 金额超过 50 万元：需要总经理审批，属正常流程。
- 供应商未审核：订单会停在“待提交”，请先让采购主管审核供应商主数据。`,
  },
  {
    title: "来料检验（IQC）录入与放行流程",
    kind: "GUIDE", module: "QUALITY", roles: ["KEY_USER"], views: 118, daysAgo: 13,
    body: `原料到货后先进入 **待检库存**，检验合格放行后才能被生产领用。

## 操作步骤
1. 在 **质量管理 → 检验批** 中按采购订单或批次号找到自动生成的检验批。
2. 按检验计划逐项录入结果（外观、含量、水分等）。
3. 全部合格：使用决策选择 **放行**，库存自动转为非限制库存。
4. 有不合格项：选择 **拒收** 或 **让步接收**（需质量经理批准）。

## 注意
- 检验批未做使用决策前，该批次在领料时不可选。
- 让步接收必须在备注中写明原因和批准人。`,
  },
  {
    title: "销售订单提示“信用额度超限”无法保存",
    kind: "FAQ", module: "SALES", views: 109, daysAgo: 12,
    body: `## 原因
客户的未清应收 + 未发货订单金额超过了信用额度。

## 处理方法
1. 在客户主数据的 **信用管理** 页签查看已用额度。
2. 客户已回款但系统未核销：联系财务尽快做收款核销。
3. 确需超额发货：销售经理在订单上申请 **临时信用放行**，经财务经理批准后可保存。`,
  },
  {
    title: "库存盘点差异的处理与审批",
    kind: "GUIDE", module: "WAREHOUSE", views: 91, daysAgo: 11,
    body: `## 流程
1. 盘点结束后在 **库存盘点单** 中录入实盘数量，系统自动计算差异。
2. 差异超过 **0.5%** 或金额超过 5,000 元的行，必须填写差异原因。
3. 仓储主管审核后提交财务审批。
4. 审批通过后点击 **过账**，差异计入当期损益。

## 常见差异原因
- 批次号录错导致一个批次多、另一个批次少——先做批次间调整，不要直接盘盈盘亏。
- 计量单位换算错误（桶 / kg）。
- 生产领料未及时过账。`,
  },
  {
    title: "月结时成本核算报“存在未过账的出入库单”",
    kind: "FAQ", module: "FINANCE", views: 88, daysAgo: 9,
    body: `## 解决方法
1. 在成本核算的错误日志中点击单据号，直接打开未过账的单据。
2. 通知单据所属部门（通常是仓储或生产）当天完成过账。
3. 确属作废的单据，请制单人执行 **删除** 或 **冲销**，不要留在“已保存”状态。
4. 全部处理后重新运行成本核算。`,
  },
  {
    title: "收货时提示“批次号必填”怎么处理？",
    kind: "FAQ", module: "WAREHOUSE", views: 97, daysAgo: 10,
    body: `启用批次管理的物料（所有原料和成品）收货时必须录入批次号。

## 解决方法
- 供应商批次号在送货单上：录入到 **供应商批次** 字段，系统内部批次号自动生成。
- 送货单上没有批次号：按 \`供应商简称-到货日期\` 的规则手工编写，例如 \`JHHG-20261105\`。
- 非批次物料（如劳保用品）却提示必填：说明物料主数据设置有误，请提交问题给数据责任人修正。`,
  },
  {
    title: "质检不合格品如何冻结库存并发起退货？",
    kind: "FAQ", module: "QUALITY", views: 76, daysAgo: 8,
    body: `## 步骤
1. 在检验批的使用决策中选择 **拒收**，库存自动转入 **冻结库存**。
2. 采购员根据检验报告在采购订单上创建 **退货交货单**。
3. 仓库按退货交货单发货，过账后冻结库存减少，应付款自动冲减。

冻结库存不能被领料或发货，月结前请确认所有冻结库存已有处理结论。`,
  },
  {
    title: "How to reset your ERP password and unlock your account",
    kind: "GUIDE", module: null, views: 64, daysAgo: 20,
    body: `Your ERP account locks after **5 wrong passwords** in a row.

## Reset it yourself
1. On the ERP sign-in page, choose **Forgot password**.
2. Enter your employee number; a code is sent to your company e-mail.
3. Choose a new password: at least 10 characters with letters and digits.

## Still locked?
File an issue of type *Access* in the portal. The IT desk unlocks accounts within 30 minutes during working hours.`,
  },
  {
    title: "Quality inspection sampling plan (AQL) quick reference",
    kind: "FAQ", module: "QUALITY", roles: ["KEY_USER", "TRAINER"], views: 38, daysAgo: 6,
    body: `Incoming lots are sampled to **GB/T 2828.1** (ISO 2859-1), general inspection level II.

| Lot size (drums) | Sample size | Accept / reject at AQL 1.0 |
|---:|---:|---|
| 2–15 | 2 | 0 / 1 |
| 16–50 | 8 | 0 / 1 |
| 51–150 | 20 | 0 / 1 |
| 151–500 | 50 | 1 / 2 |

The ERP proposes the sample size on the inspection lot; change it only with the quality manager's approval.`,
  },
  {
    title: "委外加工的发料与收货",
    kind: "GUIDE", module: "PRODUCTION", status: "DRAFT", views: 0, daysAgo: 2,
    body: `> 草稿：等待生产部确认委外供应商的批次规则后发布。

## 发料
1. 在委外采购订单上点击 **发料给供应商**，选择原料批次。
2. 打印委外发料单随货交给供应商。

## 收货
1. 按委外采购订单收货，录入供应商返回的成品批次号。
2. 系统自动核销发出的原料。`,
  },
];

const DAY = 24 * 60 * 60 * 1000;

/**
 * Creates the demo articles that are missing (matched by title) and, when the demo issues exist, links
 * each published article to up to three resolved or closed issues of its module so the FAQ guide's
 * "most linked" ranking has something to show. Idempotent: a second run creates and links nothing.
 * Call after the demo issues are seeded. Returns how many articles it created.
 */
export async function seedDemoHelp(prisma: PrismaClient, authorId: string, now: Date = new Date()): Promise<number> {
  const existing = new Set((await prisma.helpArticle.findMany({ select: { title: true } })).map((a) => a.title));
  const missing = DEMO_ARTICLES.filter((a) => !existing.has(a.title));
  await prisma.$transaction(async (tx) => {
    for (const a of missing) {
      const at = new Date(now.getTime() - a.daysAgo * DAY);
      const status = a.status ?? "PUBLISHED";
      await tx.helpArticle.create({
        data: {
          title: a.title, body: a.body, kind: a.kind, module: a.module, roles: a.roles ?? [], videoUrl: a.videoUrl ?? null,
          status, viewCount: a.views, authorId, createdAt: at, updatedAt: at, publishedAt: status === "PUBLISHED" ? at : null,
        },
      });
    }
    if (missing.length > 0) {
      await tx.auditLog.create({ data: { action: "seed", entityType: "HelpArticle", after: { articlesCreated: missing.length } } });
    }
  });
  await linkDemoIssues(prisma);
  return missing.length;
}

// Links only while no article has any link yet, so reruns (and links people made) are left alone.
async function linkDemoIssues(prisma: PrismaClient): Promise<void> {
  if ((await prisma.helpArticleIssue.count()) > 0) return;
  const articles = await prisma.helpArticle.findMany({
    where: { status: "PUBLISHED", module: { not: null }, title: { in: DEMO_ARTICLES.map((a) => a.title) } },
    orderBy: { viewCount: "desc" },
    select: { id: true, module: true },
  });
  const used = new Map<string, number>();
  const links: { articleId: string; issueId: string }[] = [];
  for (const a of articles) {
    const issues = await prisma.issue.findMany({
      where: { module: a.module!, status: { in: ["RESOLVED", "CLOSED"] } },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    // Spread the issues over the module's articles: the most viewed article gets the first ones.
    const offset = used.get(a.module!) ?? 0;
    const picked = issues.slice(offset, offset + 3);
    used.set(a.module!, offset + picked.length);
    for (const issue of picked) links.push({ articleId: a.id, issueId: issue.id });
  }
  if (links.length > 0) await prisma.helpArticleIssue.createMany({ data: links, skipDuplicates: true });
}
