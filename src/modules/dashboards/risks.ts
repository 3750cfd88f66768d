// The plan's top risks for executives, ranked: blocked work first, then the latest overdue tasks, the open
// gate's unmet criteria, and deliverables waiting longest for a decision. Pure, unit-tested.
export type RiskKind = "BLOCKED" | "OVERDUE" | "GATE" | "WAITING";

export interface PlanRisk {
  kind: RiskKind;
  id: string;
  title: string;
  /** Days late (overdue tasks) or days waiting (deliverables); null otherwise. */
  days: number | null;
  /** Phase name of a gate criterion; owner name of a task. */
  detail: string | null;
  href: string;
}

interface RiskInput {
  projectId: string;
  today: Date;
  overdue: { id: string; title: string; plannedEnd: Date; owner?: { name: string } | null }[];
  blocked: { id: string; title: string; owner?: { name: string } | null }[];
  waiting: { id: string; name: string; taskId: string; updatedAt: Date }[];
  unmetCriteria: { id: string; description: string; phaseName: string }[];
}

const DAY_MS = 86_400_000;

export function rankRisks(input: RiskInput): PlanRisk[] {
  const base = `/plan/${input.projectId}`;
  const days = (from: Date) => Math.max(0, Math.floor((input.today.getTime() - from.getTime()) / DAY_MS));
  const blockedIds = new Set(input.blocked.map((t) => t.id));
  const blocked = input.blocked.map<PlanRisk>((t) => ({ kind: "BLOCKED", id: t.id, title: t.title, days: null, detail: t.owner?.name ?? null, href: `${base}/tasks/${t.id}` }));
  const overdue = input.overdue
    .filter((t) => !blockedIds.has(t.id))
    .map<PlanRisk>((t) => ({ kind: "OVERDUE", id: t.id, title: t.title, days: days(t.plannedEnd), detail: t.owner?.name ?? null, href: `${base}/tasks/${t.id}` }))
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  const gate = input.unmetCriteria.map<PlanRisk>((c) => ({ kind: "GATE", id: c.id, title: c.description, days: null, detail: c.phaseName, href: `${base}/gates` }));
  const waiting = input.waiting
    .map<PlanRisk>((d) => ({ kind: "WAITING", id: d.id, title: d.name, days: days(d.updatedAt), detail: null, href: `${base}/tasks/${d.taskId}#deliverables` }))
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  // Interleave so one long list (e.g. 30 overdue tasks) does not hide a failing gate.
  const lists = [blocked, overdue, gate, waiting];
  const out: PlanRisk[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}
