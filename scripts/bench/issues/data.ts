// 100,000 issues as two years of a company living with its ERP would leave them: filed mostly on
// working days and hours, three times as many during the hypercare weeks, old ones closed, recent
// ones in every open status, due dates from the real SLA clock, breaches where the times say so.
// Deterministic (seeded PRNG): every run loads the same data.
import { randomUUID } from "node:crypto";
import type { ErpModule, IssueImpact, IssuePriority, IssueStatus, IssueType, IssueUrgency } from "../../../src/generated/prisma/enums";
import { slaDeadline, type SlaRules } from "../../../src/modules/sla/clock";
import { derivePriority } from "../../../src/modules/sla/priority";
import { prng } from "../../../prisma/seed/random";
import { issueDescription, issueTitle } from "./texts";

export interface Person {
  id: string;
  role: string;
  departmentId: string;
}

export interface Policy {
  id: string;
  rules: SlaRules;
  validFrom: Date | null;
  validTo: Date | null;
  isDefault: boolean;
  targets: Partial<Record<IssuePriority, { firstResponseMinutes: number; resolutionMinutes: number }>>;
}

export interface Route {
  module: ErpModule;
  type: IssueType | null;
  groupId: string;
  assigneeId: string | null;
}

export interface LoadContext {
  reporters: Person[];
  /** Who works issues when routing names nobody: the support desk. */
  agents: string[];
  policies: Policy[];
  routes: Route[];
  projectId: string | null;
  now: Date;
  days: number;
}

export const COLUMNS = [
  "id", "title", "description", "module", "type", "impact", "urgency", "priority", "status", "source",
  "reporterId", "departmentId", "assigneeId", "groupId", "projectId", "duplicateOfId", "slaPolicyId",
  "firstResponseDueAt", "firstResponseWarnAt", "resolutionDueAt", "resolutionWarnAt", "slaPausedAt",
  "firstRespondedAt", "resolvedAt", "closedAt", "firstResponseBreachedAt", "resolutionBreachedAt",
  "reopenCount", "csatScore", "csatComment", "csatAt", "version", "createdAt", "updatedAt",
] as const;

type Value = string | number | Date | null;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR; // the demo company's zone has no DST

const MODULES: readonly (readonly [ErpModule, number])[] = [
  ["SALES", 14], ["PURCHASING", 10], ["WAREHOUSE", 18], ["PRODUCTION", 16], ["ENGINEERING", 6], ["FINANCE", 16], ["HR", 5], ["QUALITY", 8], ["SYSTEM", 7],
];
const TYPES: readonly (readonly [IssueType, number])[] = [["QUESTION", 35], ["DEFECT", 25], ["DATA", 20], ["CHANGE_REQUEST", 8], ["ACCESS", 12]];
const IMPACTS: readonly (readonly [IssueImpact, number])[] = [["BLOCKING", 12], ["DEGRADED", 48], ["MINOR", 40]];
const URGENCIES: readonly (readonly [IssueUrgency, number])[] = [["HIGH", 20], ["MEDIUM", 55], ["LOW", 25]];

/** Status mix by age: a week-old issue is often still open, a month-old one rarely. */
function statusMix(ageDays: number): readonly (readonly [IssueStatus, number])[] {
  if (ageDays < 7) return [["NEW", 20], ["TRIAGED", 15], ["IN_PROGRESS", 25], ["WAITING_FOR_REPORTER", 10], ["REOPENED", 3], ["RESOLVED", 20], ["CLOSED", 5], ["DUPLICATE", 2]];
  if (ageDays < 30) return [["TRIAGED", 3], ["IN_PROGRESS", 12], ["WAITING_FOR_REPORTER", 7], ["REOPENED", 3], ["RESOLVED", 26], ["CLOSED", 45], ["DUPLICATE", 4]];
  return [["TRIAGED", 0.5], ["IN_PROGRESS", 3], ["WAITING_FOR_REPORTER", 2], ["REOPENED", 0.5], ["RESOLVED", 6], ["CLOSED", 83], ["DUPLICATE", 5]];
}

/** Filing instants, oldest first: weekdays 08:30–18:30 Shanghai time mostly, three times the rate in hypercare. */
function filingTimes(count: number, ctx: LoadContext, r: ReturnType<typeof prng>): number[] {
  const end = ctx.now.getTime();
  const start = end - ctx.days * DAY;
  const hyper = ctx.policies.find((p) => p.validFrom && p.validTo);
  const times: number[] = [];
  while (times.length < count) {
    const t = start + r.next() * (end - start);
    const local = new Date(t + SHANGHAI);
    const weekday = local.getUTCDay();
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const office = weekday >= 1 && weekday <= 5 && minute >= 510 && minute < 1110;
    const inHypercare = hyper && t >= hyper.validFrom!.getTime() && t < hyper.validTo!.getTime();
    // Acceptance sampling: office hours 1, off hours 0.08; hypercare triples either.
    if (r.next() < (office ? 1 : 0.08) * (inHypercare ? 1 : 1 / 3)) times.push(t);
  }
  return times.sort((a, b) => a - b);
}

function policyAt(ctx: LoadContext, t: number): Policy {
  return (
    ctx.policies.find((p) => p.validFrom && p.validTo && p.validFrom.getTime() <= t && t < p.validTo.getTime()) ??
    ctx.policies.find((p) => p.isDefault) ??
    ctx.policies[0]!
  );
}

/** The rows, oldest first (so the serial issue number grows with the filing date), as COPY values in COLUMNS order. */
export function* issueRows(count: number, ctx: LoadContext, seed = 20261122): Generator<Value[]> {
  const r = prng(seed);
  const now = ctx.now.getTime();
  const reporterPool = ctx.reporters.flatMap((p) => (p.role === "KEY_USER" ? [p, p, p, p] : [p]));
  const recentIds: string[] = [];
  const times = filingTimes(count, ctx, r);
  for (let n = 0; n < count; n++) {
    const created = times[n]!;
    const ageDays = (now - created) / DAY;
    const module = r.weighted(MODULES);
    const type = r.weighted(TYPES);
    const impact = r.weighted(IMPACTS);
    const urgency = r.weighted(URGENCIES);
    const priority = derivePriority(impact, urgency);
    const reporter = r.pick(reporterPool);
    const route = ctx.routes.find((x) => x.module === module && (x.type === null || x.type === type)) ?? null;
    const policy = policyAt(ctx, created);
    const target = policy.targets[priority] ?? { firstResponseMinutes: 240, resolutionMinutes: 2880 };
    const fr = slaDeadline(policy.rules, { metric: "FIRST_RESPONSE", startedAt: new Date(created), targetMinutes: target.firstResponseMinutes, pauses: [] });
    const res = slaDeadline(policy.rules, { metric: "RESOLUTION", startedAt: new Date(created), targetMinutes: target.resolutionMinutes, pauses: [] });
    let status = r.weighted(statusMix(ageDays));
    if (status === "DUPLICATE" && recentIds.length === 0) status = "CLOSED";
    const open = !["RESOLVED", "CLOSED", "DUPLICATE"].includes(status);

    // First response: four in five inside the target; never in the future.
    const frSpan = fr.dueAt.getTime() - created;
    let responded: number | null = status === "NEW" ? null : created + frSpan * (r.next() < 0.8 ? 0.1 + r.next() * 0.85 : 1.05 + r.next() * 2);
    if (responded !== null && responded > now) responded = Math.max(created + MINUTE, now - r.next() * (now - created));
    const resSpan = res.dueAt.getTime() - created;
    let resolved: number | null = null;
    if (!open) resolved = Math.max(responded ?? created, created + resSpan * (r.next() < 0.85 ? 0.2 + r.next() * 0.75 : 1.05 + r.next() * 3));
    if (resolved !== null && resolved > now) resolved = Math.max(responded ?? created, now - r.next() * Math.min(DAY, now - created));
    const closed = status === "CLOSED" && resolved !== null ? Math.min(now, resolved + (0.5 + r.next() * 6) * DAY) : null;
    const paused = status === "WAITING_FOR_REPORTER" ? Math.min(now, (responded ?? created) + r.next() * HOUR * 4) : null;

    const frBreached = (responded ?? now) > fr.dueAt.getTime() ? fr.dueAt : null;
    const resBreached = (resolved ?? (paused ?? now)) > res.dueAt.getTime() ? res.dueAt : null;
    const reopenCount = status === "REOPENED" ? (r.next() < 0.8 ? 1 : 2) : status === "CLOSED" && r.next() < 0.04 ? 1 : 0;
    const rated = status === "CLOSED" && r.next() < 0.4;
    const csat = rated ? r.weighted([[5, 45], [4, 30], [3, 13], [2, 7], [1, 5]] as const) : null;
    const assignee = status === "NEW" && !route?.assigneeId ? null : (route?.assigneeId ?? r.pick(ctx.agents));
    const updated = Math.max(created, responded ?? 0, resolved ?? 0, closed ?? 0, paused ?? 0);
    const id = randomUUID();
    const duplicateOf = status === "DUPLICATE" ? r.pick(recentIds) : null;
    recentIds.push(id);
    if (recentIds.length > 200) recentIds.shift();

    yield [
      id, issueTitle(module, r.pick, n), issueDescription(r.pick, n), module, type, impact, urgency, priority, status,
      r.next() < 0.1 ? "API" : "WEB", reporter.id, reporter.departmentId, assignee, route?.groupId ?? null, ctx.projectId, duplicateOf, policy.id,
      fr.dueAt, fr.warnAt, res.dueAt, res.warnAt, paused === null ? null : new Date(paused),
      responded === null ? null : new Date(responded), resolved === null ? null : new Date(resolved), closed === null ? null : new Date(closed),
      frBreached, resBreached, reopenCount, csat, csat !== null && csat <= 2 ? "处理太慢，来回沟通了好几次" : null, rated && closed !== null ? new Date(closed) : null,
      1 + (responded ? 1 : 0) + (resolved ? 1 : 0) + (closed ? 1 : 0) + reopenCount, new Date(created), new Date(updated),
    ];
  }
}

/** One row in COPY's text format: tab-separated, \N for NULL, backslash escapes. */
export function copyLine(values: readonly Value[]): string {
  return `${values
    .map((v) => {
      if (v === null) return "\\N";
      if (v instanceof Date) return v.toISOString();
      if (typeof v === "number") return String(v);
      return v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
    })
    .join("\t")}\n`;
}
