// Three years of a company's issues, as COPY lines: a rush after go-live that settles into a steady
// flow, more on working days and hours, departments and modules of different sizes, priorities mostly
// P3/P4, responses and resolutions around the SLA targets (some breached, a few breaches not yet
// recorded by the sweep), old issues closed and recent ones open, 40 % of resolutions rated.
// Deterministic (seeded PRNG): every run loads the same data.
import { randomUUID } from "node:crypto";
import type { ErpModule, IssuePriority } from "../../../src/generated/prisma/enums";
import { prng } from "../../../prisma/seed/random";

export const ISSUE_COLUMNS = [
  "id", "title", "description", "module", "type", "impact", "urgency", "priority", "status", "reporterId", "departmentId",
  "slaPolicyId", "firstResponseDueAt", "resolutionDueAt", "firstRespondedAt", "resolvedAt", "closedAt",
  "firstResponseBreachedAt", "resolutionBreachedAt", "csatScore", "csatAt", "createdAt", "updatedAt",
] as const;

export interface IssueContext {
  /** One reporter per department, with its department; the first ones are the big departments. */
  reporters: { id: string; departmentId: string }[];
  policyId: string;
  /** Issues are filed in [from, to). */
  from: Date;
  to: Date;
  /** Go-live: the rush of issues starts here. */
  goLive: Date;
  seed: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MODULES: readonly (readonly [ErpModule, number])[] = [
  ["SALES", 14], ["PURCHASING", 10], ["WAREHOUSE", 18], ["PRODUCTION", 16], ["ENGINEERING", 6], ["FINANCE", 16], ["HR", 5], ["QUALITY", 8], ["SYSTEM", 7],
];
const PRIORITIES: readonly (readonly [IssuePriority, number])[] = [["P1", 3], ["P2", 17], ["P3", 50], ["P4", 30]];
/** First response and resolution targets (hours) and the typical resolution time (hours). */
const TARGETS: Record<IssuePriority, { fr: number; res: number; typical: number }> = {
  P1: { fr: 0.5, res: 4, typical: 3 },
  P2: { fr: 2, res: 8, typical: 6 },
  P3: { fr: 4, res: 24, typical: 16 },
  P4: { fr: 8, res: 72, typical: 40 },
};
const SCORES: readonly (readonly [number, number])[] = [[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]];
const WORDS = ["凭证过账", "库存差异", "采购订单", "生产工单", "权限申请", "报表导出", "物料主数据", "发票校验"];

const iso = (ms: number | null) => (ms === null ? "\\N" : new Date(ms).toISOString());

/**
 * Day weights: the go-live rush (five times the steady flow, fading over three months), quieter
 * weekends and a slow growth as more people use the system.
 */
function dayWeights(ctx: IssueContext): number[] {
  const days = Math.ceil((ctx.to.getTime() - ctx.from.getTime()) / DAY);
  return Array.from({ length: days }, (_, d) => {
    const t = ctx.from.getTime() + d * DAY;
    const sinceGoLive = (t - ctx.goLive.getTime()) / DAY;
    const rush = sinceGoLive >= 0 ? 1 + 4 * Math.exp(-sinceGoLive / 30) : 0.6;
    const weekday = new Date(t + 8 * HOUR).getUTCDay();
    return rush * (weekday === 0 || weekday === 6 ? 0.25 : 1) * (1 + d / days);
  });
}

/** `count` issues as COPY text lines (columns ISSUE_COLUMNS), in batches of ~1 MB. */
export function* issueBatches(count: number, ctx: IssueContext): Generator<string> {
  const r = prng(ctx.seed);
  const weights = dayWeights(ctx);
  const cumulative: number[] = [];
  weights.reduce((s, w, i) => (cumulative[i] = s + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const now = ctx.to.getTime();
  const people = ctx.reporters.map((p, i) => [p, 1 / (i + 1)] as const);
  let batch = "";
  for (let n = 0; n < count; n++) {
    // The day by weight (binary search), the hour mostly 08–20 local (00–12 UTC for UTC+8).
    const x = r.next() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid]! < x) lo = mid + 1; else hi = mid; }
    const hour = r.next() < 0.85 ? r.next() * 12 : 12 + r.next() * 12;
    const created = Math.min(now - 60_000, ctx.from.getTime() + lo * DAY + hour * HOUR);
    const priority = r.weighted(PRIORITIES);
    const t = TARGETS[priority];
    const reporter = r.weighted(people);
    const frDue = created + t.fr * HOUR;
    const resDue = created + t.res * HOUR;
    const duplicate = r.next() < 0.03;
    const age = now - created;
    // Responses: most well inside the target, one in ten late.
    const frDelay = (r.next() < 0.9 ? r.next() * 0.9 : 1 + r.next() * 2) * t.fr * HOUR;
    const responded = created + frDelay < now ? created + frDelay : null;
    // Resolutions: exponential around the typical time; old issues are all done, the last weeks' not all.
    const resDelay = -Math.log(1 - r.next()) * t.typical * HOUR;
    const resolved = !duplicate && responded && created + resDelay < now && (age > 30 * DAY || r.next() < 0.9) ? Math.max(responded, created + resDelay) : null;
    // The sweep records most breaches; a few are noticed only by the late response/resolution itself.
    const frBreached = responded !== null && responded > frDue && r.next() < 0.8 ? frDue : responded === null && now > frDue ? frDue : null;
    const resBreached = (resolved !== null && resolved > resDue && r.next() < 0.8) || (resolved === null && !duplicate && now > resDue) ? resDue : null;
    const rated = resolved !== null && r.next() < 0.4 ? Math.min(now - 1000, resolved + r.next() * 48 * HOUR) : null;
    const closed = duplicate ? (responded ?? created + HOUR) : resolved !== null && age > 7 * DAY ? resolved + 2 * DAY : null;
    const status = duplicate ? "DUPLICATE" : resolved !== null ? (closed !== null ? "CLOSED" : "RESOLVED") : responded ? "IN_PROGRESS" : "NEW";
    batch += [
      randomUUID(), `${r.pick(WORDS)} #${n}`, "-", r.weighted(MODULES), "DEFECT", "DEGRADED", "MEDIUM", priority, status,
      reporter.id, reporter.departmentId, ctx.policyId, iso(frDue), iso(resDue), iso(duplicate ? (responded ?? closed) : responded),
      iso(resolved), iso(closed), iso(frBreached), iso(resBreached), rated === null ? "\\N" : String(r.weighted(SCORES)), iso(rated),
      iso(created), iso(Math.max(created, resolved ?? 0, rated ?? 0, closed ?? 0)),
    ].join("\t") + "\n";
    if (batch.length > 1 << 20) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}

/** Daily values of `kpis` from `fromDay` for `days` days: a noisy walk from the baseline towards the target. */
export function* kpiValueBatches(kpis: { id: string; baseline: number; target: number }[], fromDay: string, days: number, seed: number): Generator<string> {
  const r = prng(seed);
  const start = Date.parse(`${fromDay}T00:00:00Z`);
  let batch = "";
  for (const k of kpis) {
    for (let d = 0; d < days; d++) {
      const progress = Math.min(1, d / (days * 0.7));
      const value = k.baseline + (k.target - k.baseline) * progress + (r.next() - 0.5) * Math.abs(k.target - k.baseline) * 0.2;
      batch += `${k.id}\t${new Date(start + d * DAY).toISOString().slice(0, 10)}\t${value.toFixed(3)}\tIMPORT\t${new Date(start + d * DAY).toISOString()}\n`;
    }
    yield batch;
    batch = "";
  }
}
