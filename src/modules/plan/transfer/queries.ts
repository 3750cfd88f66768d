import "server-only";
import type { GateCriterionKind, MilestoneKind, Role, TaskStatus } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { DeliverableSpec } from "./deliverables";

// One read of a whole plan in plan order, with people and departments as e-mails and codes: what the
// xlsx export writes, what "save as template" distils, and what tests compare after a round trip.
// Sets without an order of their own (participants, predecessors) are sorted so two equal plans
// read the same.

export interface SnapshotTask {
  seq: number;
  title: string;
  description: string | null;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  status: TaskStatus;
  progress: number;
  ownerEmail: string | null;
  ownerRole: Role | null;
  departmentCodes: string[];
  participantEmails: string[];
  predecessorSeqs: number[];
  deliverables: DeliverableSpec[];
}

export interface SnapshotPeriod {
  seq: number;
  label: string;
  title: string;
  coreContent: string;
  plannedStart: Date;
  plannedEnd: Date;
  tasks: SnapshotTask[];
}

export interface SnapshotPhase {
  seq: number;
  code: string;
  name: string;
  goal: string;
  plannedStart: Date;
  plannedEnd: Date;
  gate: { kind: GateCriterionKind; description: string; threshold: number | null }[];
  periods: SnapshotPeriod[];
}

export interface PlanSnapshot {
  project: { id: string; code: string; name: string; startDate: Date; plannedGoLive: Date; actualGoLive: Date | null };
  phases: SnapshotPhase[];
  milestones: { kind: MilestoneKind; name: string; date: Date; achievedAt: Date | null }[];
  cutover: { category: string; title: string; blocking: boolean; ownerRole: Role | null }[];
}

export async function loadPlanSnapshot(projectId: string, client: Tx = db): Promise<PlanSnapshot | null> {
  const project = await client.project.findUnique({
    where: { id: projectId },
    include: {
      phases: {
        orderBy: { seq: "asc" },
        include: {
          gateCriteria: { orderBy: { seq: "asc" } },
          periods: {
            orderBy: { seq: "asc" },
            include: {
              tasks: {
                orderBy: { seq: "asc" },
                include: {
                  owner: { select: { email: true, role: true } },
                  participants: { select: { userId: true, department: { select: { code: true } } } },
                  predecessors: { select: { predecessor: { select: { seq: true } } } },
                  // Deliverables carry no position; creation order is the order they were planned in.
                  deliverables: { orderBy: [{ createdAt: "asc" }, { name: "asc" }] },
                },
              },
            },
          },
        },
      },
      milestones: { orderBy: [{ date: "asc" }, { kind: "asc" }, { name: "asc" }] },
      cutoverItems: { orderBy: { seq: "asc" }, include: { owner: { select: { role: true } } } },
    },
  });
  if (!project) return null;

  const userIds = project.phases.flatMap((ph) => ph.periods.flatMap((pe) => pe.tasks.flatMap((t) => t.participants.flatMap((p) => (p.userId ? [p.userId] : [])))));
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const users = userIds.length ? await client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [];
  const departments = await client.department.findMany({ select: { id: true, code: true } });
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const codeOf = new Map(departments.map((d) => [d.id, d.code]));

  return {
    project: { id: project.id, code: project.code, name: project.name, startDate: project.startDate, plannedGoLive: project.plannedGoLive, actualGoLive: project.actualGoLive },
    phases: project.phases.map((ph) => ({
      seq: ph.seq,
      code: ph.code,
      name: ph.name,
      goal: ph.goal,
      plannedStart: ph.plannedStart,
      plannedEnd: ph.plannedEnd,
      gate: ph.gateCriteria.map((g) => ({ kind: g.kind, description: g.description, threshold: g.threshold })),
      periods: ph.periods.map((pe) => ({
        seq: pe.seq,
        label: pe.label,
        title: pe.title,
        coreContent: pe.coreContent,
        plannedStart: pe.plannedStart,
        plannedEnd: pe.plannedEnd,
        tasks: pe.tasks.map((t) => ({
          seq: t.seq,
          title: t.title,
          description: t.description,
          plannedStart: t.plannedStart,
          plannedEnd: t.plannedEnd,
          actualStart: t.actualStart,
          actualEnd: t.actualEnd,
          status: t.status,
          progress: t.progress,
          ownerEmail: t.owner?.email ?? null,
          ownerRole: t.owner?.role ?? null,
          departmentCodes: sorted(t.participants.flatMap((p) => (p.department ? [p.department.code] : []))),
          participantEmails: sorted(t.participants.flatMap((p) => (p.userId && emailOf.has(p.userId) ? [emailOf.get(p.userId)!] : []))),
          predecessorSeqs: t.predecessors.map((p) => p.predecessor.seq).sort((a, b) => a - b),
          deliverables: t.deliverables.map((d) => ({
            name: d.name,
            acceptorRole: d.acceptorRole,
            acceptorDepartment: d.acceptorDepartmentId ? (codeOf.get(d.acceptorDepartmentId) ?? null) : null,
            required: d.required,
          })),
        })),
      })),
    })),
    milestones: project.milestones.map((m) => ({ kind: m.kind, name: m.name, date: m.date, achievedAt: m.achievedAt })),
    cutover: project.cutoverItems.map((c) => ({ category: c.category, title: c.title, blocking: c.blocking, ownerRole: c.owner?.role ?? null })),
  };
}

const sorted = (items: string[]) => [...new Set(items)].sort();
