// The demo company's support configuration: its working calendar (China 2026 holidays and 调休), the
// standard business-time SLA, the hypercare SLA for the four weeks after go-live, support groups by
// module and routing rules. Idempotent: each piece is created only when its code is missing.
import type { ErpModule, IssuePriority, IssueType } from "../../src/generated/prisma/enums";
import { chinaHolidayPreset, CN_PRESET_YEARS } from "../../src/modules/sla/holidays-cn";
import { windowFromDays } from "../../src/modules/sla/window";
import type { Tx } from "../../src/server/db";
import { demoEmail } from "./demo-company";

type Db = Pick<Tx, "workCalendar" | "slaPolicy" | "supportGroup" | "routingRule" | "user" | "auditLog">;

export const DEMO_CALENDAR_CODE = "CN-STANDARD";
export const DEMO_POLICY_CODES = { standard: "STANDARD", hypercare: "HYPERCARE" } as const;

const H = 60;
/** One working day of the calendar below: 09:00–18:00 minus a 90-minute lunch. */
const WORKDAY = 7.5 * H;

type Targets = Record<IssuePriority, [firstResponse: number, resolution: number]>;
// Business minutes: a P2 is fixed within one working day, a P4 within a working week.
const STANDARD: Targets = { P1: [30, 4 * H], P2: [2 * H, WORKDAY], P3: [4 * H, 3 * WORKDAY], P4: [WORKDAY, 5 * WORKDAY] };
// Wall-clock minutes while consultants are on site after go-live.
const HYPERCARE: Targets = { P1: [15, 4 * H], P2: [30, 8 * H], P3: [2 * H, 24 * H], P4: [4 * H, 72 * H] };

const targetRows = (t: Targets) => (Object.entries(t) as [IssuePriority, [number, number]][]).map(([priority, [fr, res]]) => ({ priority, firstResponseMinutes: fr, resolutionMinutes: res }));

interface DemoGroup {
  code: string;
  nameZh: string;
  nameEn: string;
  lead: string;
  members: string[];
}

const GROUPS: DemoGroup[] = [
  { code: "FIN", nameZh: "财务组", nameEn: "Finance", lead: "support", members: ["support"] },
  { code: "SCM", nameZh: "供应链组", nameEn: "Supply chain", lead: "huang.lei", members: ["huang.lei", "support"] },
  { code: "MFG-QC", nameZh: "生产与质量组", nameEn: "Production and quality", lead: "huang.lei", members: ["huang.lei"] },
  { code: "SYS", nameZh: "系统与权限组", nameEn: "System and access", lead: "support", members: ["support", "huang.lei"] },
];

// Top to bottom, first match wins: the typed rule sits above its module's catch-all.
const RULES: { module: ErpModule; type?: IssueType; group: string; assignee?: string }[] = [
  { module: "FINANCE", type: "ACCESS", group: "SYS" },
  { module: "FINANCE", group: "FIN", assignee: "support" },
  { module: "HR", group: "FIN" }, // payroll and personnel costs end in finance
  { module: "SALES", group: "SCM" },
  { module: "PURCHASING", group: "SCM" },
  // The demo key user (张伟) is in the warehouse: their issues reach the demo support login (陈静).
  { module: "WAREHOUSE", group: "SCM", assignee: "support" },
  { module: "PRODUCTION", group: "MFG-QC" },
  { module: "ENGINEERING", group: "MFG-QC" },
  { module: "QUALITY", group: "MFG-QC" },
  { module: "SYSTEM", group: "SYS", assignee: "support" },
];

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * `goLive` is the demo project's go-live day as plan dates are held (UTC midnight of the local day);
 * the hypercare window is that day and the 27 after it (four weeks) in `timeZone`.
 * Returns true when anything was created.
 */
export async function seedSupportConfig(db: Db, options: { goLive: Date; timeZone: string }): Promise<boolean> {
  const created: string[] = [];

  let calendar = await db.workCalendar.findUnique({ where: { code: DEMO_CALENDAR_CODE }, select: { id: true } });
  if (!calendar) {
    calendar = await db.workCalendar.create({
      data: {
        code: DEMO_CALENDAR_CODE,
        name: "中国标准工作日（周一至周五 9:00–18:00）",
        timeZone: "Asia/Shanghai",
        workDays: [1, 2, 3, 4, 5],
        workStart: 9 * H,
        workEnd: 18 * H,
        lunchStart: 12 * H,
        lunchEnd: 13 * H + 30,
        days: { create: CN_PRESET_YEARS.flatMap(chinaHolidayPreset).map((d) => ({ date: new Date(`${d.date}T00:00:00.000Z`), kind: d.kind, name: d.name })) },
      },
      select: { id: true },
    });
    created.push(DEMO_CALENDAR_CODE);
  }

  if (!(await db.slaPolicy.findUnique({ where: { code: DEMO_POLICY_CODES.standard } }))) {
    await db.slaPolicy.create({
      data: { code: DEMO_POLICY_CODES.standard, nameZh: "标准服务级别", nameEn: "Standard", mode: "BUSINESS", calendarId: calendar.id, isDefault: true, targets: { create: targetRows(STANDARD) } },
    });
    created.push(DEMO_POLICY_CODES.standard);
  }

  if (!(await db.slaPolicy.findUnique({ where: { code: DEMO_POLICY_CODES.hypercare } }))) {
    const window = windowFromDays(options.timeZone, isoDay(options.goLive), isoDay(addDays(options.goLive, 27)));
    await db.slaPolicy.create({
      data: {
        code: DEMO_POLICY_CODES.hypercare,
        nameZh: "上线保障期（问题不过夜）",
        nameEn: "Hypercare (no issue overnight)",
        mode: "WALL_CLOCK",
        ...window,
        sameDayCutoffMinute: 18 * H,
        sameDayEndMinute: 22 * H,
        targets: { create: targetRows(HYPERCARE) },
      },
    });
    created.push(DEMO_POLICY_CODES.hypercare);
  }

  const logins = [...new Set(GROUPS.flatMap((g) => [g.lead, ...g.members]))];
  const users = new Map((await db.user.findMany({ where: { email: { in: logins.map(demoEmail) }, active: true }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const userId = (login: string | undefined) => (login ? (users.get(demoEmail(login)) ?? null) : null);

  const groups = new Map<string, string>();
  for (const g of GROUPS) {
    const existing = await db.supportGroup.findUnique({ where: { code: g.code }, select: { id: true } });
    if (existing) {
      groups.set(g.code, existing.id);
      continue;
    }
    const memberIds = [...new Set(g.members.map(userId).filter((id): id is string => id !== null))];
    const row = await db.supportGroup.create({
      data: { code: g.code, nameZh: g.nameZh, nameEn: g.nameEn, leadId: userId(g.lead), members: { create: memberIds.map((id) => ({ userId: id })) } },
      select: { id: true },
    });
    groups.set(g.code, row.id);
    created.push(g.code);
  }

  // Rules have no code to match on: they are seeded only into an empty list, never appended twice.
  if ((await db.routingRule.count()) === 0) {
    await db.routingRule.createMany({
      data: RULES.map((r, i) => ({ position: i + 1, module: r.module, type: r.type ?? null, groupId: groups.get(r.group)!, assigneeId: userId(r.assignee) })),
    });
    created.push(`${RULES.length} routing rules`);
  }

  if (created.length > 0) await db.auditLog.create({ data: { action: "seed", entityType: "SupportConfig", after: { created } } });
  return created.length > 0;
}
