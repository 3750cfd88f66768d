import "server-only";
// The rollout's phase, go-live readiness and top risks for the board, from the plan module's own overview.
import { getProjectOverview } from "@/modules/plan/queries";
import { db } from "@/server/db";
import { type PlanRisk, rankRisks } from "./risks";

type Overview = NonNullable<Awaited<ReturnType<typeof getProjectOverview>>>;

export interface PlanSummary {
  projectId: string;
  projectName: string;
  status: Overview["project"]["status"];
  phaseName: string | null;
  periodLabel: string | null;
  progress: number;
  expected: number;
  readiness: Overview["health"]["readiness"];
  plannedGoLive: Date;
  actualGoLive: Date | null;
  nextMilestone: { name: string; date: Date } | null;
  risks: PlanRisk[];
}

/** The rollout the board follows: a live project first (hypercare, then active), else the one being planned. */
export async function currentProjectId(): Promise<string | null> {
  const projects = await db.project.findMany({ where: { status: { not: "CLOSED" } }, select: { id: true, status: true, startDate: true } });
  const rank = { HYPERCARE: 0, ACTIVE: 1, PLANNING: 2, CLOSED: 3 } as const;
  projects.sort((a, b) => rank[a.status] - rank[b.status] || a.startDate.getTime() - b.startDate.getTime());
  return projects[0]?.id ?? null;
}

export async function planSummary(riskLimit = 6): Promise<PlanSummary | null> {
  const id = await currentProjectId();
  const overview = id ? await getProjectOverview(id) : null;
  if (!overview) return null;
  const { project, phases, health, today } = overview;
  // The current phase: the one whose dates hold today, else the last one that started.
  const phase =
    phases.find((p) => p.plannedStart <= today && today <= p.plannedEnd) ??
    [...phases].reverse().find((p) => p.startedAt || p.plannedStart <= today) ??
    phases[0] ?? null;
  const openGate = phases.find((p) => !p.gatePassed) ?? null;
  return {
    projectId: project.id,
    projectName: project.name,
    status: project.status,
    phaseName: phase?.name ?? null,
    periodLabel: health.currentPeriod ? `${health.currentPeriod.label} ${health.currentPeriod.title}` : null,
    progress: health.progress,
    expected: health.expected,
    readiness: health.readiness,
    plannedGoLive: project.plannedGoLive,
    actualGoLive: project.actualGoLive,
    nextMilestone: health.nextMilestone ? { name: health.nextMilestone.name, date: health.nextMilestone.date } : null,
    risks: rankRisks({
      projectId: project.id,
      today,
      overdue: health.overdue,
      blocked: health.blocked,
      waiting: health.waiting,
      unmetCriteria: openGate ? openGate.gateCriteria.filter((c) => c.met !== true).map((c) => ({ id: c.id, description: c.description, phaseName: openGate.name })) : [],
    }).slice(0, riskLimit),
  };
}
