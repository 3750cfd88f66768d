// The demo company's issues: UAT leftovers from the three weeks before go-live, then the hypercare
// wave — a peak on go-live day that decays as people settle in. Each issue is played through its life
// (response, questions to the reporter, resolution, confirmation, rating) on the real SLA clocks of the
// seeded policies, so due times, breaches, history and the dashboard all agree. Deterministic for a
// given "now"; idempotent (does nothing once any issue exists); written with createMany.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
import type { ErpModule, IssueImpact, IssuePriority, IssueStatus, IssueType, IssueUrgency } from "../../src/generated/prisma/enums";
import { effectiveTargetMinutes, slaDeadline, type SlaPause, type SlaRules } from "../../src/modules/sla/clock";
import { derivePriority } from "../../src/modules/sla/priority";
import { toSlaRules } from "../../src/modules/sla/rules";
import { addIsoDays, isoWeekday, zonedTime } from "../../src/modules/sla/zoned-time";
import { demoEmail } from "./demo-company";
import { DEMO_PROJECT_CODE } from "./demo-plan";
import { prng } from "./random";

const MIN = 60_000;
const HOUR = 60 * MIN;

type Rng = ReturnType<typeof prng>;

// When people file: office hours dominate, the night shift files a little (a process plant runs 24/7).
const HOUR_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 3, 5, 5, 4, 1.5, 3, 4.5, 4.5, 4, 3, 1.5, 1, 1, 0.8, 0.5, 0.3];
const OFFICE_HOURS = HOUR_WEIGHTS.map((w, h) => (h >= 9 && h < 18 && h !== 12 ? w : 0));

/** Issues per day: UAT and cut-over on weekdays before go-live, then the go-live wave. */
function perDay(rng: Rng, offset: number, weekend: boolean): number {
  if (offset < 0) return weekend ? 0 : Math.round(rng.between(2.5, 4.5));
  const wave = 5 + 28 * Math.exp(-offset / 3);
  return Math.round(wave * rng.between(0.85, 1.15) * (weekend ? 0.6 : 1));
}

interface Policy {
  id: string;
  rules: SlaRules;
  validFrom: Date | null;
  validTo: Date | null;
  isDefault: boolean;
  targets: Map<IssuePriority, { fr: number; res: number }>;
}

interface People {
  byLogin: Map<string, { id: string; name: string; departmentId: string }>;
  login(login: string): { id: string; name: string; departmentId: string };
}

async function loadWorld(prisma: PrismaClient, timeZone: string) {
  const policies: Policy[] = (
    await prisma.slaPolicy.findMany({ where: { active: true }, include: { targets: true, calendar: { include: { days: { select: { date: true, kind: true } } } } } })
  ).map((p) => ({
    id: p.id,
    rules: toSlaRules(p, timeZone),
    validFrom: p.validFrom,
    validTo: p.validTo,
    isDefault: p.isDefault,
    targets: new Map(p.targets.map((t) => [t.priority, { fr: t.firstResponseMinutes, res: t.resolutionMinutes }])),
  }));
  const users = await prisma.user.findMany({ where: { email: { endsWith: "@demo.hdchem.cn" } }, select: { id: true, name: true, email: true, departmentId: true } });
  const byLogin = new Map(users.map((u) => [u.email.split("@")[0]!, { id: u.id, name: u.name, departmentId: u.departmentId }]));
  const people: People = {
    byLogin,
    login: (login) => {
      const u = byLogin.get(login) ?? byLogin.get("keyuser");
      if (!u) throw new Error(`demo user ${login} missing`);
      return u;
    },
  };
  const rules = await prisma.routingRule.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { group: { select: { id: true, nameZh: true, leadId: true, active: true } } } });
  const project = await prisma.project.findUnique({ where: { code: DEMO_PROJECT_CODE }, select: { id: true } });
  return { policies, people, rules, projectId: project?.id ?? null };
}
type World = Awaited<ReturnType<typeof loadWorld>>;

/** As src/modules/sla/service.ts pickPolicy: the hypercare window holding the instant, else the default. */
function pickPolicy(world: World, at: Date): Policy | undefined {
  const windowed = world.policies
    .filter((p) => p.validFrom && p.validTo && p.validFrom <= at && at < p.validTo)
    .sort((a, b) => b.validFrom!.getTime() - a.validFrom!.getTime())[0];
  return windowed ?? world.policies.find((p) => p.isDefault);
}

/** As routeIssue: the first rule of the module matching the type (or any type). */
function route(world: World, module: ErpModule, type: IssueType) {
  const rule = world.rules.find((r) => r.module === module && (r.type === null || r.type === type) && r.group.active);
  return { groupId: rule?.groupId ?? null, assigneeId: rule?.assigneeId ?? null, groupName: rule?.group.nameZh ?? null, leadId: rule?.group.leadId ?? null };
}

interface Planned {
  filedAt: Date;
  uat: boolean;
}

/** When each issue was filed: per local day from three weeks before go-live up to now. */
function plan(rng: Rng, goLiveDay: string, now: Date, timeZone: string): Planned[] {
  const out: Planned[] = [];
  for (let offset = -21; ; offset++) {
    const day = addIsoDays(goLiveDay, offset);
    const dayStart = zonedTime(timeZone, day, 0);
    if (dayStart >= now.getTime()) break;
    const weights = offset < 0 ? OFFICE_HOURS : HOUR_WEIGHTS;
    // Today: only the hours already gone, in proportion to how busy they are.
    const lastMinute = Math.min(24 * 60, Math.floor((now.getTime() - dayStart) / MIN) - 20);
    const total = weights.reduce((s, w) => s + w, 0);
    const elapsed = weights.reduce((s, w, h) => s + (h * 60 < lastMinute ? w * Math.min(1, (lastMinute - h * 60) / 60) : 0), 0);
    const n = Math.round(perDay(rng, offset, isoWeekday(day) >= 6) * (elapsed / total));
    for (let i = 0; i < n; i++) {
      let minute: number;
      do minute = rng.weighted(weights.map((w, h) => [h, w] as const)) * 60 + Math.floor(rng.between(0, 60));
      while (minute >= lastMinute);
      out.push({ filedAt: new Date(zonedTime(timeZone, day, minute) + Math.floor(rng.between(0, 60)) * 1000), uat: offset < 0 });
    }
  }
  return out.sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
}

// Rows as createMany takes them.
type IssueRow = Prisma.IssueCreateManyInput;
interface EventRow { id: string; issueId: string; actorId: string | null; kind: string; fromValue: string | null; toValue: string | null; createdAt: Date }
interface CommentRow { id: string; issueId: string; authorId: string; body: string; internal: boolean; createdAt: Date }
interface EscalationRow { id: string; issueId: string; metric: "FIRST_RESPONSE" | "RESOLUTION"; threshold: number; cycle: number; createdAt: Date }

interface Built {
  issues: IssueRow[];
  events: EventRow[];
  comments: CommentRow[];
  escalations: EscalationRow[];
}

const REPORTERS: Record<ErpModule, string[]> = {
  FINANCE: ["feng.tao", "lin.hui"],
  SALES: ["sun.li"],
  PURCHASING: ["zhou.qiang"],
  WAREHOUSE: ["keyuser"],
  PRODUCTION: ["wu.gang"],
  ENGINEERING: ["xu.liang", "steward"],
  QUALITY: ["zheng.jie"],
  HR: ["he.fang"],
  SYSTEM: ["keyuser", "sun.li", "zhou.qiang", "wu.gang", "zheng.jie", "feng.tao", "he.fang"],
};
const AGENTS = ["support", "huang.lei"];

/** Late responses and resolutions: most on go-live day, when the desk is swamped. */
const lateChance = (offset: number) => (offset < 0 ? 0.1 : offset === 0 ? 0.22 : offset === 1 ? 0.14 : 0.06);

export interface SeedIssuesOptions {
  /** The go-live day as plan dates hold it (UTC midnight of the local day). */
  goLive: Date;
  timeZone: string;
  now?: Date;
}

/** Creates the demo issues; returns how many (0 when issues already exist or the SLA config is missing). */
export async function seedDemoIssues(prisma: PrismaClient, options: SeedIssuesOptions): Promise<number> {
  if ((await prisma.issue.count()) > 0) return 0;
  const now = options.now ?? new Date();
  const world = await loadWorld(prisma, options.timeZone);
  if (!world.policies.some((p) => p.isDefault)) return 0;
  const rng = prng(20_261_116);
  const goLiveDay = options.goLive.toISOString().slice(0, 10);
  const goLiveStart = zonedTime(options.timeZone, goLiveDay, 0);
  const built: Built = { issues: [], events: [], comments: [], escalations: [] };
  const planned = plan(rng, goLiveDay, now, options.timeZone);
  // The P1 everyone watches: a line stopped three hours ago, its resolution due within the hour.
  const p1At = new Date(now.getTime() - 3 * HOUR - 5 * MIN);
  if (p1At.getTime() > goLiveStart) planned.push({ filedAt: p1At, uat: false });
  planned.sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());

  // Open work a desk always has: two issues waiting for their reporters, one reopened this morning.
  const n = now.getTime();
  const hypercare = planned.filter((p) => !p.uat && p.filedAt !== p1At);
  // Candidates are flagged; play() takes the first that fit (priority, timing) until the quota is used.
  const waiting = new Set(hypercare.filter((p) => p.filedAt.getTime() < n - 4 * HOUR).slice(-10));
  const reopened = new Set(hypercare.filter((p) => p.filedAt.getTime() < n - 30 * HOUR && p.filedAt.getTime() > n - 96 * HOUR));
  const quota = { waiting: 2, reopened: 1 };
  const recent: { id: string; number: number; template: IssueTemplate; at: number }[] = [];
  planned.forEach((p, index) => {
    const number = index + 1;
    const offset = Math.floor((p.filedAt.getTime() - goLiveStart) / (24 * HOUR));
    const stoppedLine = p.filedAt === p1At;
    // A few issues repeat one filed shortly before: the desk merges them.
    const original = !stoppedLine && !p.uat && recent.length > 3 && rng.chance(0.035) ? rng.pick(recent.slice(-6)) : null;
    const template = stoppedLine ? pickTemplate(rng.next, "PRODUCTION", "stoppedLine") : original ? original.template : pickTemplate(rng.next);
    const issueId = randomUUID();
    play(built, world, rng, {
      id: issueId, number, template, filedAt: p.filedAt, uat: p.uat, offset, now,
      duplicateOf: original, forceP1: stoppedLine, lingering: p.uat && rng.chance(0.06),
      waiting: waiting.has(p), reopened: reopened.has(p), quota,
    });
    recent.push({ id: issueId, number, template, at: p.filedAt.getTime() });
  });

  await prisma.$transaction(async (tx) => {
    // One statement per table: the rows travel as one JSON parameter (Prisma's createMany binds a
    // parameter per cell, which took seconds for these few thousand rows).
    await bulkInsert(tx, "Issue", built.issues.map((i) => ({ ...i, source: "WEB", version: 1 })));
    await bulkInsert(tx, "IssueEvent", built.events);
    await bulkInsert(tx, "IssueComment", built.comments);
    await bulkInsert(tx, "IssueEscalation", built.escalations);
    // Numbers were given explicitly (in filing order): move the sequence past them for the next issue.
    await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Issue"', 'number'), (SELECT max(number) FROM "Issue"))`);
    await tx.auditLog.create({ data: { action: "seed", entityType: "Issue", after: { issues: built.issues.length, events: built.events.length, comments: built.comments.length } } });
  }, { timeout: 60_000 });
  return built.issues.length;
}

type Writer = Pick<PrismaClient, "$executeRawUnsafe">;
const TABLES = ["Issue", "IssueEvent", "IssueComment", "IssueEscalation"] as const;

/** INSERT … SELECT FROM json_populate_recordset: columns missing from a row are NULL, so rows carry every NOT NULL one. */
async function bulkInsert(tx: Writer, table: (typeof TABLES)[number], rows: object[]) {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows));
}

interface PlayInput {
  id: string;
  number: number;
  template: IssueTemplate;
  filedAt: Date;
  uat: boolean;
  offset: number;
  now: Date;
  duplicateOf: { id: string; number: number } | null;
  forceP1: boolean;
  lingering: boolean;
  /** Still waiting for the reporter's answer now. */
  waiting: boolean;
  /** Resolved, then reopened by the reporter two hours ago; nobody has picked it up again yet. */
  reopened: boolean;
  quota: { waiting: number; reopened: number };
}

/** One issue's life on the SLA clock, cut off at "now": the row, its history, its conversation. */
function play(out: Built, world: World, rng: Rng, input: PlayInput) {
  const { template: tpl, filedAt, now } = input;
  const policy = pickPolicy(world, filedAt)!;
  const impact: IssueImpact = input.forceP1 ? "BLOCKING" : tpl.impact;
  const urgency: IssueUrgency = input.forceP1 ? "HIGH" : rng.chance(0.2) ? rng.pick(["HIGH", "MEDIUM", "LOW"] as const) : tpl.urgency;
  const priority = derivePriority(impact, urgency) as IssuePriority;
  const target = policy.targets.get(priority) ?? { fr: 240, res: 24 * 60 };
  const reporter = world.people.login(rng.pick(REPORTERS[tpl.module]));
  const routed = route(world, tpl.module, tpl.type);
  // Nobody named by the rule: the group's lead (or the first agent) picks it up when answering.
  const worker = world.people.byLogin.get(AGENTS[0]!)!;
  const agentId = routed.assigneeId ?? routed.leadId ?? worker.id;
  const agentName = [...world.people.byLogin.values()].find((u) => u.id === agentId)?.name ?? worker.name;
  const text = fill(tpl, rng.next);
  const title = input.uat ? `【UAT】${text.title}` : text.title;

  const t = filedAt.getTime();
  const at = (ms: number) => new Date(ms);
  const clock = (start: number, minutes: number, pauses: SlaPause[] = []) => slaDeadline(policy.rules, { metric: "RESOLUTION", startedAt: at(start), targetMinutes: minutes, pauses }).dueAt.getTime();
  const late = lateChance(input.offset);
  const frTarget = effectiveTargetMinutes(policy.rules, { metric: "FIRST_RESPONSE", startedAt: filedAt, targetMinutes: target.fr });
  const t1 = input.forceP1 ? t + 8 * MIN : clock(t, frTarget * (rng.chance(late) ? rng.between(1.15, 2.5) : rng.between(0.12, 0.85)));
  // Only minor issues wait on the reporter for long; a stopped line does not.
  const waits = input.waiting && input.quota.waiting > 0 && (priority === "P3" || priority === "P4") && t1 < now.getTime() - 2 * HOUR;
  if (waits) input.quota.waiting--;
  const pause = waits
    ? { from: t1 + rng.between(20, 60) * MIN, to: Infinity }
    : !input.duplicateOf && !input.forceP1 && rng.chance(0.16)
      ? (() => { const from = Math.max(t1 + 5 * MIN, clock(t, target.res * rng.between(0.1, 0.3))); return { from, to: from + rng.between(1, 18) * HOUR }; })()
      : null;
  const pauses: SlaPause[] = pause ? [{ from: at(pause.from), to: Number.isFinite(pause.to) ? at(pause.to) : null }] : [];
  const resFraction = input.lingering || waits ? Infinity : rng.chance(late) ? rng.between(1.05, 1.8) : rng.between(0.2, 0.9);
  const t2 = input.forceP1 || !Number.isFinite(resFraction) ? Infinity : Math.max(t1 + 20 * MIN, (pause?.to ?? 0) + 30 * MIN, clock(t, target.res * resFraction, pauses));
  const n = now.getTime();
  const reopenNow = input.reopened && input.quota.reopened > 0 && t2 < n - 3 * HOUR;
  if (reopenNow) input.quota.reopened--;
  const reopen = reopenNow
    ? { at: n - 2 * HOUR, again: Infinity, pickedUp: false }
    : Number.isFinite(t2) && !input.duplicateOf && rng.chance(0.04)
      ? (() => { const at = t2 + rng.between(2, 20) * HOUR; return { at, again: at + rng.between(2, 30) * HOUR, pickedUp: true }; })()
      : null;
  const resolvedAt = reopen ? reopen.again : t2;
  const confirms = rng.chance(0.85);
  const t3 = confirms ? resolvedAt + rng.between(1, 26) * HOUR : Infinity;

  // Due times as the issues module keeps them: both clocks from filing, pauses so far; a reopen restarts resolution.
  const closedPauses = pauses.filter((p) => p.to !== null && p.to.getTime() <= n);
  const fr = slaDeadline(policy.rules, { metric: "FIRST_RESPONSE", startedAt: filedAt, targetMinutes: target.fr, pauses: closedPauses });
  const resStart = reopen && reopen.at <= n ? reopen.at : t;
  const res = slaDeadline(policy.rules, { metric: "RESOLUTION", startedAt: at(resStart), targetMinutes: target.res, pauses: closedPauses.filter((p) => p.from.getTime() >= resStart) });

  const events: EventRow[] = [];
  const comments: CommentRow[] = [];
  const event = (ms: number, actorId: string | null, kind: string, from: string | null = null, to: string | null = null) =>
    ms <= n && events.push({ id: randomUUID(), issueId: input.id, actorId, kind, fromValue: from, toValue: to, createdAt: at(ms) });
  const comment = (ms: number, authorId: string, body: string, internal = false) =>
    ms <= n && comments.push({ id: randomUUID(), issueId: input.id, authorId, body, internal, createdAt: at(ms) });
  // An object, not a `let`: the moves below change it from inside a closure.
  const life: { status: IssueStatus } = { status: "NEW" };
  const move = (ms: number, to: IssueStatus, actorId: string | null) => {
    if (ms > n) return;
    event(ms, actorId, "STATUS", life.status, to);
    life.status = to;
  };

  event(t, reporter.id, "CREATED", null, priority);
  // Routing follows the filing a moment later (one second keeps the history's order unambiguous).
  if (routed.assigneeId || routed.groupId) event(t + 1000, null, "ASSIGNED", null, routed.assigneeId ? agentName : routed.groupName);
  let assigneeId: string | null = routed.assigneeId;
  let respondedAt: number | null = null;
  let duplicateOfId: string | null = null;
  let closedAt: number | null = null;
  let pausedAt: number | null = null;

  if (input.duplicateOf && t1 <= n) {
    // Merged into the earlier report: the merge is the first response.
    respondedAt = t1;
    move(t1, "DUPLICATE", agentId);
    event(t1, agentId, "DUPLICATE", null, `ISS-${input.duplicateOf.number}`);
    out.events.push({ id: randomUUID(), issueId: input.duplicateOf.id, actorId: agentId, kind: "MERGED", fromValue: `ISS-${input.number}`, toValue: null, createdAt: at(t1) });
    comment(t1, agentId, COMMENTS.duplicate(input.duplicateOf.number));
    duplicateOfId = input.duplicateOf.id;
    closedAt = t1;
  } else {
    if (rng.chance(0.3) && t + 3 * MIN < t1) move(t + 3 * MIN, "TRIAGED", agentId);
    if (t1 <= n) {
      respondedAt = t1;
      assigneeId = agentId;
      if (!routed.assigneeId) event(t1, agentId, "ASSIGNED", routed.groupName, agentName);
      comment(t1, agentId, rng.pick(COMMENTS.firstResponse));
      move(t1, "IN_PROGRESS", agentId);
      if (rng.chance(0.1)) comment(t1 + 10 * MIN, agentId, rng.pick(COMMENTS.internal), true);
    }
    if (pause && pause.from <= n) {
      comment(pause.from, agentId, rng.pick(COMMENTS.askReporter));
      move(pause.from, "WAITING_FOR_REPORTER", agentId);
      event(pause.from, agentId, "SLA_PAUSED");
      pausedAt = pause.from;
      if (pause.to <= n) {
        comment(pause.to, reporter.id, fill({ ...tpl, title: COMMENTS.reporterReply }, rng.next).title);
        move(pause.to, "IN_PROGRESS", reporter.id);
        event(pause.to, reporter.id, "SLA_RESUMED");
        pausedAt = null;
      }
    }
    if (t2 <= n) {
      comment(t2, agentId, `${text.fix}\n\n${COMMENTS.pleaseConfirm}`);
      move(t2, "RESOLVED", agentId);
    }
    if (reopen && reopen.at <= n) {
      comment(reopen.at, reporter.id, COMMENTS.reopen);
      move(reopen.at, "REOPENED", reporter.id);
      if (reopen.pickedUp) move(reopen.at + 30 * MIN, "IN_PROGRESS", agentId);
      if (reopen.again <= n) {
        comment(reopen.again, agentId, `${COMMENTS.reopenFix}\n\n${COMMENTS.pleaseConfirm}`);
        move(reopen.again, "RESOLVED", agentId);
      }
    }
    if (life.status === "RESOLVED" && t3 <= n) {
      move(t3, "CLOSED", reporter.id);
      closedAt = t3;
    }
  }

  // Breaches exactly as the sweep and the desk record them: at the due time, once, never cleared.
  const frDone = respondedAt ?? (pausedAt ?? n);
  const frBreachedAt = fr.dueAt.getTime() < frDone && fr.dueAt.getTime() <= n ? fr.dueAt.getTime() : null;
  const resolved = life.status === "RESOLVED" || life.status === "CLOSED";
  const resEnd = resolved ? resolvedAt : pausedAt ?? n;
  const resBreachedAt = life.status !== "DUPLICATE" && res.dueAt.getTime() < resEnd && res.dueAt.getTime() <= n ? res.dueAt.getTime() : null;
  const cycle = reopen && reopen.at <= n ? 1 : 0;
  const escalate = (metric: "FIRST_RESPONSE" | "RESOLUTION", warn: number, due: number, doneAt: number | null) => {
    if (warn <= n && (doneAt === null || doneAt > warn)) out.escalations.push({ id: randomUUID(), issueId: input.id, metric, threshold: 75, cycle, createdAt: at(warn) });
    if (due <= n && (doneAt === null || doneAt > due)) {
      out.escalations.push({ id: randomUUID(), issueId: input.id, metric, threshold: 100, cycle, createdAt: at(due) });
      event(due, null, "BREACHED", null, metric);
    }
    const pm = due + 2 * Math.max(0, due - warn);
    if (doneAt === null && pm <= n) out.escalations.push({ id: randomUUID(), issueId: input.id, metric, threshold: 150, cycle, createdAt: at(pm) });
  };
  if (life.status !== "DUPLICATE") {
    escalate("FIRST_RESPONSE", fr.warnAt.getTime(), fr.dueAt.getTime(), respondedAt ?? (pausedAt !== null ? pausedAt : null));
    escalate("RESOLUTION", res.warnAt.getTime(), res.dueAt.getTime(), resolved ? resolvedAt : pausedAt);
  }

  // Most people who confirm also rate; slow or reopened issues score lower.
  const rated = life.status === "CLOSED" && rng.chance(0.8);
  const score = rated ? (resBreachedAt || frBreachedAt || cycle ? rng.weighted([[2, 3], [3, 4], [4, 3], [5, 1]] as const) : rng.weighted([[5, 60], [4, 30], [3, 7], [2, 3]] as const)) : null;
  const csatComment = score === null ? null : score <= 3 ? rng.pick(COMMENTS.csatLow) : rng.chance(0.3) ? rng.pick(COMMENTS.csatHigh) : null;
  if (score !== null && closedAt !== null) event(closedAt + 2 * MIN, reporter.id, "CSAT", null, String(score));

  out.issues.push({
    id: input.id,
    number: input.number,
    title: title.slice(0, 200),
    description: text.description,
    module: tpl.module,
    type: tpl.type,
    impact,
    urgency,
    priority,
    status: life.status,
    reporterId: reporter.id,
    departmentId: reporter.departmentId,
    assigneeId,
    groupId: routed.groupId,
    projectId: world.projectId,
    duplicateOfId,
    slaPolicyId: policy.id,
    firstResponseDueAt: fr.dueAt,
    firstResponseWarnAt: fr.warnAt,
    resolutionDueAt: res.dueAt,
    resolutionWarnAt: res.warnAt,
    slaPausedAt: pausedAt === null ? null : at(pausedAt),
    firstRespondedAt: respondedAt === null ? null : at(respondedAt),
    resolvedAt: resolved ? at(resolvedAt) : null,
    closedAt: closedAt === null ? null : at(closedAt),
    firstResponseBreachedAt: frBreachedAt === null ? null : at(frBreachedAt),
    resolutionBreachedAt: resBreachedAt === null ? null : at(resBreachedAt),
    reopenCount: cycle,
    csatScore: score,
    csatComment,
    csatAt: score === null || closedAt === null ? null : at(closedAt + 2 * MIN),
    createdAt: filedAt,
    updatedAt: at(Math.max(t, ...events.map((e) => e.createdAt.getTime()))),
  });
  out.events.push(...events);
  out.comments.push(...comments);
}

// ───────────────────────── What people report (華鼎's week of go-live, in their words) ─────────────────────────

interface IssueTemplate {
  key?: string;
  module: ErpModule;
  type: IssueType;
  impact: IssueImpact;
  urgency: IssueUrgency;
  title: string;
  symptom: string;
  steps?: string[];
  expected: string;
  fix: string;
}

const TEMPLATES: IssueTemplate[] = [
  // 财务: 月结、凭证、发票
  { module: "FINANCE", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "月结存货核算报错：{mat} 出库成本为负数", symptom: "执行存货核算时在 {mat} 上中断，提示“出库成本为负，无法结转”。", steps: ["进入 成本管理 → 存货核算", "期间选择本月，点击“计算”"], expected: "核算完成，生成结转凭证。", fix: "原因是期初余额导入时 {mat} 的数量和金额分两次导入，金额导入失败。已补录期初金额并重算，核算已通过。" },
  { module: "FINANCE", type: "DATA", impact: "DEGRADED", urgency: "MEDIUM", title: "凭证 {jv} 过账后科目余额与总账不一致", symptom: "凭证 {jv} 过账后，应交税费科目明细账比总账多出 {n} 元。", expected: "明细账与总账一致。", fix: "该凭证的辅助核算项目在过账时被拆成两行，已用修正凭证冲回，余额已一致；配置问题已提交顾问修复。" },
  { module: "FINANCE", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "应付暂估与发票校验差异不能自动冲回", symptom: "{supp} 的发票校验后，暂估应付没有自动冲回，应付账款重复。", steps: ["采购入库 {gr} 已暂估", "收到发票后做发票校验"], expected: "暂估自动红冲，只保留发票金额。", fix: "暂估冲回方式原来设为“月初冲回”，已按财务要求改为“单到冲回”，并手工处理了本月已重复的 3 笔。" },
  { module: "FINANCE", type: "DATA", impact: "DEGRADED", urgency: "MEDIUM", title: "期初应收导入后客户 {cust} 账龄不对", symptom: "{cust} 的期初应收全部显示在“0-30 天”，实际有 60 天以上的欠款。", expected: "按原始发票日期计算账龄。", fix: "期初导入模板的“业务日期”列填成了导入日期。已按原始发票日期重新导入 {cust} 的 12 张期初单据。" },
  { module: "FINANCE", type: "QUESTION", impact: "MINOR", urgency: "LOW", title: "如何查看按批次的产品毛利？", symptom: "管理层要看 {mat} 每个批次的毛利，找不到对应报表。", expected: "能按批次查看收入、成本和毛利。", fix: "使用 报表中心 → 销售毛利分析，维度勾选“批次号”即可；已在帮助中心补充操作指引。" },
  { module: "FINANCE", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "开增值税发票时带不出客户 {cust} 的税号", symptom: "开票界面客户税号为空，只能手工输入。", expected: "自动带出客户主数据中的税号和开户行。", fix: "客户主数据里税号维护在“备注”字段，已批量迁移到“纳税人识别号”字段，重新开票可带出。" },
  { module: "FINANCE", type: "CHANGE_REQUEST", impact: "MINOR", urgency: "LOW", title: "成本中心分摊规则需要增加“研发中心”", symptom: "研发领用的原料目前全部分摊到生产成本。", expected: "研发领料单独归集到研发中心。", fix: "已新增成本中心 CC-RD01 并调整分摊规则，下月起生效；本月数据由财务手工调整。" },
  // 技术: 配方BOM
  { module: "ENGINEERING", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "配方BOM {bom} 替代料比例保存后被四舍五入", symptom: "替代料比例录入 0.125，保存后变成 0.13，影响投料精度。", expected: "比例保留三位小数。", fix: "BOM 用量字段的小数位配置为 2 位，已改为 4 位，并重新保存受影响的 6 个配方。" },
  { module: "ENGINEERING", type: "DATA", impact: "MINOR", urgency: "MEDIUM", title: "工艺路线里反应时间单位显示为分钟，应为小时", symptom: "配方 {bom} 的工艺路线“保温反应”工序时间显示 4 分钟，实际是 4 小时。", expected: "单位为小时，排产时间正确。", fix: "导入工艺路线时单位列映射错误，已批量更正 18 条工序的时间单位。" },
  { module: "ENGINEERING", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "配方 {bom} 新版本审批后，生产订单仍引用旧版本", symptom: "V3 版本已审批生效，新下的生产订单 {mo} 仍然带出 V2 的物料清单。", expected: "新订单默认引用当前生效版本。", fix: "V3 的生效日期填成了下月 1 日，已改为今天；已下达的 {mo} 重新展开 BOM。" },
  { module: "ENGINEERING", type: "QUESTION", impact: "MINOR", urgency: "MEDIUM", title: "同一配方如何按不同收率下达生产订单？", symptom: "夏季收率约 92%，冬季约 95%，下单时想按实际收率计算投料量。", expected: "下单时可以调整收率。", fix: "在生产订单上修改“计划收率”字段即可重新计算投料量；配方上的收率只是默认值。已发操作截图给您。" },
  // 生产
  { key: "stoppedLine", module: "PRODUCTION", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "{line} 生产领料过账失败，车间停线等待", symptom: "生产订单 {mo} 领料过账报错“批次 {batch} 可用量不足”，但仓库账面和实物都有货，车间已停线等待投料。", steps: ["打开生产订单 {mo}", "点击“领料”，选择批次 {batch}", "过账"], expected: "领料过账成功，车间继续生产。", fix: "批次 {batch} 的质检状态仍为“待检”，系统不允许领用。已与质检确认放行并修正批次状态，领料已过账，车间恢复生产。" },
  { module: "PRODUCTION", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "生产订单 {mo} 领料提示批次库存不足，实际仓库有货", symptom: "领用 {mat} 时提示批次 {batch} 库存不足，{wh} 实际有 {n} kg。", expected: "可以按批次领料。", fix: "该批次入库时放在了 {wh} 的虚拟库位，已做库位调整，领料正常。" },
  { module: "PRODUCTION", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "{line} 报工后产出批号没有自动生成", symptom: "生产订单 {mo} 报工完成，但成品批号为空，无法入库。", expected: "报工时按规则自动生成批号。", fix: "{line} 对应的工作中心未关联批号规则，已补充配置，并为 {mo} 手工生成批号 {batch}。" },
  { module: "PRODUCTION", type: "DATA", impact: "DEGRADED", urgency: "MEDIUM", title: "完工入库数量与称重记录不一致", symptom: "生产订单 {mo} 完工入库 {n} kg，称重记录是 {n2} kg。", expected: "入库数量与称重一致。", fix: "报工时误把桶数录成了公斤数。已冲销错误的完工入库并按称重记录重新入库。" },
  { module: "PRODUCTION", type: "CHANGE_REQUEST", impact: "MINOR", urgency: "LOW", title: "投料单打印格式需要增加危化品标识", symptom: "投料单上看不出哪些原料是危化品，车间希望醒目标识。", expected: "危化品原料行带“危”字标识。", fix: "已在投料单模板中按物料的“危化品”属性增加标识，明天起打印生效。" },
  // 仓储: 条码、盘点、库存差异、批次
  { module: "WAREHOUSE", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "条码枪扫描托盘标签后数量带出为 0", symptom: "PDA 扫描 {mat} 的托盘标签，数量栏显示 0，只能手输。", expected: "扫码自动带出托盘数量。", fix: "标签模板里数量字段用了中文全角分隔符，条码解析失败。已修正标签模板，重新打印了 {wh} 的 40 张托盘标签。" },
  { module: "WAREHOUSE", type: "DATA", impact: "DEGRADED", urgency: "HIGH", title: "库存差异：{mat} 系统账面比实物多 {n} 桶", symptom: "{wh} 盘点发现 {mat} 账面比实物多 {n} 桶，批次 {batch}。", expected: "账实一致。", fix: "差异来自上线前最后一天的出库单未在新系统补录。已补录出库单并与仓库逐桶核对，账实一致。" },
  { module: "WAREHOUSE", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "{wh} 盘点后无法生成盘盈盘亏单", symptom: "盘点单已审核，点击“生成差异单”没有反应。", expected: "生成盘盈盘亏单并过账。", fix: "盘点单的会计期间已关闭，已由财务临时打开期间并生成差异单。" },
  { module: "WAREHOUSE", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "调拨单 {tr} 从原料仓到车间线边仓过账报错", symptom: "调拨单 {tr} 过账提示“目标库位不存在”，车间等料。", expected: "调拨过账成功。", fix: "车间线边仓的库位编码在主数据里少了前缀，已补齐库位主数据，{tr} 已过账。" },
  { module: "WAREHOUSE", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "批次追溯：成品批号 {batch} 查不到原料批次", symptom: "客户投诉需要追溯，批次追溯报表里 {batch} 只显示成品，没有投料批次。", expected: "正向、反向追溯都能看到原料批次。", fix: "上线前的在制品没有投料记录。已按纸质投料单补录 {batch} 的投料批次，追溯链完整。" },
  { module: "WAREHOUSE", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "拣货没有按有效期先进先出", symptom: "发货拣货建议的是新批次，旧批次 {batch} 快到期却没被推荐。", expected: "按有效期先到先出（FEFO）。", fix: "拣货策略配置成了按入库日期。已改为按有效期排序，并提醒仓库先发 {batch}。" },
  { module: "WAREHOUSE", type: "ACCESS", impact: "DEGRADED", urgency: "HIGH", title: "PDA 登录后找不到“采购收货”菜单", symptom: "新来的仓管员在 PDA 上看不到采购收货菜单，收货只能用电脑。", expected: "PDA 显示收货菜单。", fix: "该账号只分配了电脑端角色，已补充“仓库保管员-移动端”角色，重新登录后可见。" },
  // 采购
  { module: "PURCHASING", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "采购入库单 {gr} 过账报错：批次号不能为空", symptom: "{supp} 送来的 {mat} 入库时提示批次号必填，但供应商批号已经录入。", steps: ["采购收货 → 选择订单 {po}", "录入供应商批号", "过账"], expected: "入库成功，生成内部批号。", fix: "该物料启用了批次管理但未设置“内部批号规则”，已补充规则，入库单已过账。" },
  { module: "PURCHASING", type: "QUESTION", impact: "MINOR", urgency: "MEDIUM", title: "采购订单审批后怎么修改交货日期？", symptom: "{supp} 通知延期交货，订单 {po} 已审批，改不了日期。", expected: "可以变更交期并留痕。", fix: "已审批订单请使用“订单变更”功能修改交期，变更会重新走简易审批并保留记录。" },
  { module: "PURCHASING", type: "DATA", impact: "DEGRADED", urgency: "MEDIUM", title: "{supp} 的价格协议没有带入采购订单", symptom: "新建 {mat} 的采购订单时单价为空。", expected: "自动带出协议价。", fix: "价格协议的生效日期晚了一天，已更正，新订单可带出协议价；已下的 2 张订单已补单价。" },
  { module: "PURCHASING", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "采购申请转订单时单位换算错误（桶→kg）", symptom: "申请 10 桶 {mat}，转成订单变成 10 kg。", expected: "按 1 桶 = 200 kg 换算。", fix: "物料 {mat} 缺少采购单位换算关系，已补充，并修正了订单 {po}。" },
  { module: "PURCHASING", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "来料检验未完成也能入库，请确认流程", symptom: "{mat} 检验还没做完，仓库已经可以做入库并被领用。", expected: "检验合格前只能入待检库位。", fix: "该物料的“来料检验”标识未勾选，已批量修正 35 个原料物料的质检属性。" },
  // 销售
  { module: "SALES", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "销售发货单 {dn} 无法过账：信用额度检查不通过", symptom: "{cust} 的发货单被信用控制拦截，但客户已回款。", expected: "回款后释放额度，发货过账。", fix: "回款单未核销到发票，占用额度没有释放。已完成核销，{dn} 已过账发货。" },
  { module: "SALES", type: "DATA", impact: "DEGRADED", urgency: "HIGH", title: "客户 {cust} 的销售价格表没有生效", symptom: "新订单 {so} 带出的是标准价，不是合同价。", expected: "带出客户合同价。", fix: "价格表挂在了客户的总部编码上，已复制到送货方编码，重新取价正确。" },
  { module: "SALES", type: "CHANGE_REQUEST", impact: "DEGRADED", urgency: "MEDIUM", title: "发货单打印模板缺少批号和有效期", symptom: "客户收货要求随货单据显示批号和有效期，现在的模板没有。", expected: "发货单打印批号、生产日期、有效期。", fix: "已调整发货单打印模板，增加批号、生产日期和有效期三列。" },
  { module: "SALES", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "订单 {so} 交期承诺显示不可用，但仓库有库存", symptom: "ATP 检查显示 {mat} 可用量为 0，{wh} 实际有 {n} kg。", expected: "按可用库存承诺交期。", fix: "该批次处于质检冻结状态不计入可用量，属于正常控制；质检放行后已可承诺。" },
  { module: "SALES", type: "QUESTION", impact: "MINOR", urgency: "LOW", title: "同一客户怎么设置多个收货地址？", symptom: "{cust} 有两个工厂收货，下单时只能选一个地址。", expected: "下单时可选收货地址。", fix: "在客户主数据的“送货方”页签新增收货地址即可，已帮您为 {cust} 维护好第二个地址。" },
  { module: "SALES", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "退货入库后原销售发票没有自动红冲", symptom: "{cust} 退回 {n} kg {mat}，入库后发票没有红冲。", expected: "生成红字发票。", fix: "退货订单类型选错了（选成了换货），已重新做退货并生成红字发票。" },
  // 质检
  { module: "QUALITY", type: "DEFECT", impact: "BLOCKING", urgency: "HIGH", title: "质检单 {qc} 判定合格后批次状态仍是“待检”", symptom: "批次 {batch} 已判定合格，但仓库仍不能发货。", expected: "判定合格后批次自动放行。", fix: "质检单审批流最后一步没有配置“更新批次状态”动作，已补充，{batch} 已放行。" },
  { module: "QUALITY", type: "DATA", impact: "DEGRADED", urgency: "MEDIUM", title: "来料检验项目缺少水分含量上下限", symptom: "{mat} 的检验方案里“水分”没有标准值，无法自动判定。", expected: "按企业标准自动判定。", fix: "已按企业标准 Q/HD 012 补录水分 ≤0.05% 的判定标准。" },
  { module: "QUALITY", type: "DEFECT", impact: "MINOR", urgency: "MEDIUM", title: "COA 检验报告打印时小数位不对", symptom: "固含量 45.20% 打印成 45.2%，客户要求保留两位小数。", expected: "按检验项目设置的小数位打印。", fix: "COA 模板的数字格式已改为按检验项目的小数位输出。" },
  { module: "QUALITY", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "不合格品评审单提交后找不到审批人", symptom: "批次 {batch} 的不合格评审提交后一直停在“提交”状态。", expected: "流转到质量经理审批。", fix: "审批流里质量经理岗位没有绑定人员，已绑定并重新提交。" },
  // 人资
  { module: "HR", type: "DATA", impact: "MINOR", urgency: "MEDIUM", title: "新员工账号已建但考勤组没有同步", symptom: "本周入职的 3 名操作工在考勤系统里没有排班。", expected: "入职后自动进入车间考勤组。", fix: "同步任务的部门映射缺少新车间，已补充并手工同步了 3 名员工。" },
  { module: "HR", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "计件工资报表取不到车间报工数据", symptom: "{line} 上周的计件工资全部为 0。", expected: "按报工数量计算计件工资。", fix: "报工数据的工序编码与计件单价表不一致，已统一编码并重新计算。" },
  // 系统: 权限、打印、设备
  { module: "SYSTEM", type: "ACCESS", impact: "MINOR", urgency: "MEDIUM", title: "权限申请：{user} 需要开通“采购订单查询”", symptom: "{user} 调岗后需要查询采购订单，部门负责人已同意。", expected: "开通查询权限（只读）。", fix: "已按最小权限开通“采购订单查询（只读）”角色，请退出 ERP 重新登录后使用。" },
  { module: "SYSTEM", type: "ACCESS", impact: "MINOR", urgency: "HIGH", title: "权限申请：离职人员 {user} 的账号需要停用", symptom: "{user} 今天离职，请停用其 ERP 和 PDA 账号。", expected: "当天停用账号。", fix: "ERP 和 PDA 账号已停用，名下待办已转给部门负责人。" },
  { module: "SYSTEM", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", title: "打印模板：入库单在针式打印机上错位", symptom: "{wh} 的针式打印机打印入库单，第二联内容错位半行。", expected: "三联纸对齐打印。", fix: "打印模板纸张尺寸设成了 A4，已改为 241×140mm 三联纸并调整边距。" },
  { module: "SYSTEM", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "早上 8 点多系统登录很慢，一直转圈", symptom: "每天 8:00–8:30 登录要 1 分钟以上，车间交接班时大家都在等。", expected: "登录 5 秒以内。", fix: "交接班时批量登录触发了许可证校验排队。已调整会话保持时间并扩容应用服务器，今早登录平均 3 秒。" },
  { module: "SYSTEM", type: "DEFECT", impact: "DEGRADED", urgency: "HIGH", title: "条码打印机（斑马）打印标签乱码", symptom: "{wh} 的斑马打印机打印批次标签，中文全部是乱码。", expected: "中文正常打印。", fix: "打印机缺少中文字库，已下发字库文件并把模板字体改为打印机内置中文字体。" },
  { module: "SYSTEM", type: "DEFECT", impact: "MINOR", urgency: "LOW", title: "报表导出 Excel 超过 1 万行时报错", symptom: "导出全年出入库明细时提示“导出失败”。", expected: "大数据量也能导出。", fix: "已把导出上限调到 10 万行；更大的数据量请按月导出。" },
  { module: "SYSTEM", type: "DEFECT", impact: "MINOR", urgency: "MEDIUM", title: "手机端审批收不到待办推送", symptom: "领导手机上的企业微信收不到 ERP 审批待办。", expected: "有待办时推送消息。", fix: "企业微信应用的可见范围没有包含管理层，已调整，推送已恢复。" },
];

// How often each module comes up in hypercare (the warehouse and finance feel a new ERP first).
const MODULE_WEIGHTS: (readonly [ErpModule, number])[] = [
  ["WAREHOUSE", 18], ["FINANCE", 15], ["PRODUCTION", 14], ["PURCHASING", 12], ["SALES", 12], ["QUALITY", 10], ["SYSTEM", 11], ["ENGINEERING", 6], ["HR", 3],
];

function pickTemplate(next: () => number, module?: ErpModule, key?: string): IssueTemplate {
  if (key) return TEMPLATES.find((t) => t.key === key)!;
  const rng = { next };
  let r = rng.next() * MODULE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let chosen: ErpModule = module ?? "WAREHOUSE";
  if (!module) for (const [m, w] of MODULE_WEIGHTS) if ((r -= w) < 0) { chosen = m; break; }
  const options = TEMPLATES.filter((t) => t.module === chosen && !t.key);
  return options[Math.floor(rng.next() * options.length)]!;
}

const VALUES: Record<string, string[]> = {
  mat: ["RM-1001 乙酸乙酯", "RM-1023 丙烯酸丁酯", "RM-1107 甲苯二异氰酸酯", "RM-2010 钛白粉", "RM-2033 环氧树脂 E-51", "FG-5002 水性聚氨酯分散体", "FG-5018 丙烯酸乳液 HD-301", "SF-3005 预聚体中间体"],
  wh: ["原料仓 A 区", "危化品仓", "成品仓 2 号库", "车间线边仓", "包材仓"],
  line: ["1 号反应釜", "3 号反应釜", "乳液车间 2 线", "灌装线 B"],
  cust: ["苏州恒力化纤", "宁波华泰涂料", "佛山美嘉家具", "常州新材科技", "青岛海川船舶涂装"],
  supp: ["江苏三木化工", "山东金岭化学", "上海试四赫维", "浙江龙盛包装"],
  user: ["仓库保管员王磊", "成本会计陈芳", "采购员刘洋洋", "质检员赵倩", "车间统计孙浩"],
  bom: ["F-HD301", "F-PU220", "F-EP051", "F-AC118"],
};
const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** The template with its blanks filled, and the Markdown description a key user would write. */
function fill(tpl: IssueTemplate, next: () => number): { title: string; description: string; fix: string } {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(VALUES).map(([k, list]) => [k, list[Math.floor(next() * list.length)]!])),
    batch: `B2611${pad(int(1, 20), 2)}-${pad(int(1, 12), 2)}`,
    po: `PO2611${pad(int(1, 999), 4)}`, gr: `GR2611${pad(int(1, 999), 4)}`, so: `SO2611${pad(int(1, 999), 4)}`, dn: `DN2611${pad(int(1, 999), 4)}`,
    mo: `MO2611${pad(int(1, 999), 4)}`, qc: `QC2611${pad(int(1, 999), 4)}`, tr: `TR2611${pad(int(1, 999), 4)}`, jv: `记-${pad(int(1, 400), 4)}`,
    n: String(int(2, 60)), n2: String(int(61, 400)),
  };
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? k);
  const lines = [`**现象**：${sub(tpl.symptom)}`];
  if (tpl.steps?.length) lines.push("", "**操作步骤**：", ...tpl.steps.map((s, i) => `${i + 1}. ${sub(s)}`));
  lines.push("", `**期望结果**：${sub(tpl.expected)}`);
  return { title: sub(tpl.title), description: lines.join("\n"), fix: sub(tpl.fix) };
}

const COMMENTS = {
  firstResponse: [
    "您好，问题已收到，正在排查，有进展马上在这里回复。",
    "已收到。请问是所有物料都这样，还是只有这一个批次？我们先远程看一下。",
    "收到，已远程查看日志，正在和实施顾问确认配置，预计 1 小时内答复。",
    "已安排顾问到现场处理，请稍等。",
  ],
  internal: [
    "已在测试环境复现：批次管理参数未勾选。生产环境修改需走变更单，先手工处理。",
    "与财务顾问确认：期间未关闭导致，不需要改程序。",
    "同类问题本周第三次出现，建议写进常见问题指南。",
    "这个需要数据责任人确认主数据口径后再改，先别直接改生产库。",
  ],
  askReporter: [
    "请补充出错时的截图和单据号，我们好进一步定位。",
    "麻烦确认一下是哪台电脑/PDA 上出现的，出错大概几点？",
    "需要您确认一下正确的数量（以纸质单据为准），确认后我们调整。",
  ],
  reporterReply: "已补充：单号 {gr}，出错时间大约 10:20，截图发到项目群了。",
  pleaseConfirm: "请在系统里验证一下，没问题请点“确认解决”；如仍有问题可以直接重新打开。",
  reopen: "按处理方法操作后，今天同样的问题又出现了，麻烦再看一下。",
  reopenFix: "找到了另一个触发条件，已一并修正，并检查了同类单据。",
  duplicate: (n: number) => `与 ISS-${n} 是同一个问题，已合并处理，请关注 ISS-${n} 的进展。`,
  csatLow: ["等了一天多才有人回复。", "问题解决了，但同样的问题第二天又出现了。", "希望配置变更能提前通知我们。"],
  csatHigh: ["响应很快，顾问现场指导很耐心。", "解决得很及时，谢谢！", "讲得很清楚，下次我们自己会处理了。"],
};
