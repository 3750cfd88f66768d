import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role, TaskStatus } from "@/generated/prisma/enums";
import { calendarToday } from "@/lib/calendar-day";
import { first, optionalId } from "@/lib/list-params";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { expectedPlanProgress, gatePassed, isOverdue, readiness, rollUp } from "./rules";

export const today = () => calendarToday(env().PORTAL_TIME_ZONE);

export async function listProjects() {
  const projects = await db.project.findMany({ orderBy: { startDate: "desc" }, include: { tasks: { select: { status: true, progress: true, plannedStart: true, plannedEnd: true } } } });
  const manager = new Map((await db.user.findMany({ where: { id: { in: projects.map((p) => p.managerId) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return projects.map(({ tasks, ...p }) => ({ ...p, managerName: manager.get(p.managerId) ?? "—", rollUp: rollUp(tasks) }));
}

export function listTemplates() {
  return db.planTemplate.findMany({ orderBy: [{ builtIn: "desc" }, { name: "asc" }], select: { id: true, name: true, description: true, builtIn: true, updatedAt: true } });
}

/** Everything the project overview and the PM's home show about a plan's health. */
export async function getProjectOverview(projectId: string) {
  const project = await db.project.findUnique({
    where: { id: projectId },
    include: {
      phases: { orderBy: { seq: "asc" }, include: { gateCriteria: { orderBy: { seq: "asc" } }, gateReviews: { orderBy: { decidedAt: "desc" } } } },
      periods: { orderBy: { seq: "asc" }, select: { id: true, phaseId: true, label: true, title: true, coreContent: true, plannedStart: true, plannedEnd: true } },
      milestones: { orderBy: { date: "asc" } },
      cutoverItems: { select: { status: true, blocking: true } },
    },
  });
  if (!project) return null;
  const tasks = await db.task.findMany({
    where: { projectId },
    select: { id: true, seq: true, title: true, periodId: true, status: true, progress: true, plannedStart: true, plannedEnd: true, ownerId: true, owner: { select: { name: true } } },
    orderBy: { seq: "asc" },
  });
  const waiting = await db.deliverable.findMany({
    where: { projectId, status: "SUBMITTED" },
    select: { id: true, name: true, acceptorRole: true, taskId: true, updatedAt: true },
    orderBy: { updatedAt: "asc" },
  });
  const now = today();
  const periodPhase = new Map(project.periods.map((p) => [p.id, p.phaseId]));
  const phases = project.phases.map((ph) => ({
    ...ph,
    rollUp: rollUp(tasks.filter((t) => periodPhase.get(t.periodId) === ph.id)),
    gatePassed: gatePassed(ph.gateReviews),
  }));
  const periods = project.periods.map((pe) => ({ ...pe, rollUp: rollUp(tasks.filter((t) => t.periodId === pe.id)) }));
  const all = rollUp(tasks);
  return {
    project,
    phases,
    periods,
    tasks,
    health: {
      progress: all.progress,
      expected: expectedPlanProgress(tasks, now),
      overdue: tasks.filter((t) => isOverdue(t, now)),
      blocked: tasks.filter((t) => t.status === "BLOCKED"),
      waiting,
      nextMilestone: project.milestones.find((m) => !m.achievedAt && m.date >= now) ?? null,
      currentPeriod: periods.find((p) => p.plannedStart <= now && now <= p.plannedEnd) ?? null,
      readiness: readiness(project.cutoverItems),
    },
    today: now,
  };
}

export const TASK_SORTS = ["seq", "title", "plannedStart", "plannedEnd", "status", "progress", "owner"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export interface TaskFilter {
  q: string;
  phaseId?: string;
  ownerId?: string;
  departmentId?: string;
  status?: TaskStatus;
  overdue?: boolean;
}

type RawSearchParams = Record<string, string | string[] | undefined>;
const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE"] as const;

/** The task table's filters from the URL; the page and its Excel export read them the same way. */
export function parseTaskFilter(raw: RawSearchParams, q: string): TaskFilter {
  const status = first(raw.status);
  return {
    q,
    phaseId: optionalId(raw.phase),
    ownerId: optionalId(raw.owner),
    departmentId: optionalId(raw.department),
    status: (TASK_STATUSES as readonly string[]).includes(status ?? "") ? (status as TaskStatus) : undefined,
    overdue: first(raw.overdue) === "1",
  };
}

function taskWhere(projectId: string, f: TaskFilter, now: Date): Prisma.TaskWhereInput {
  return {
    projectId,
    ...(f.q ? { OR: [{ title: { contains: f.q, mode: "insensitive" } }, { description: { contains: f.q, mode: "insensitive" } }] } : {}),
    ...(f.phaseId ? { period: { phaseId: f.phaseId } } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.departmentId ? { participants: { some: { departmentId: f.departmentId } } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.overdue ? { status: { not: "DONE" }, plannedEnd: { lt: now } } : {}),
  };
}

const TASK_ROW = {
  id: true, seq: true, title: true, status: true, progress: true, plannedStart: true, plannedEnd: true, actualStart: true, actualEnd: true, version: true,
  owner: { select: { id: true, name: true, email: true } },
  period: { select: { label: true, title: true, phase: { select: { code: true, name: true } } } },
  participants: { select: { department: { select: { code: true, nameZh: true, nameEn: true } } } },
  deliverables: { select: { name: true, status: true } },
} as const;

export async function listTasks(projectId: string, f: TaskFilter, sort: TaskSort, dir: "asc" | "desc", page: number, pageSize: number) {
  const where = taskWhere(projectId, f, today());
  const orderBy: Prisma.TaskOrderByWithRelationInput[] = [sort === "owner" ? { owner: { name: dir } } : { [sort]: dir }, { seq: "asc" }];
  const [rows, total] = await Promise.all([
    db.task.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: TASK_ROW }),
    db.task.count({ where }),
  ]);
  return { rows, total };
}

export function exportTasks(projectId: string, f: TaskFilter, sort: TaskSort, dir: "asc" | "desc") {
  const orderBy: Prisma.TaskOrderByWithRelationInput[] = [sort === "owner" ? { owner: { name: dir } } : { [sort]: dir }, { seq: "asc" }];
  return db.task.findMany({ where: taskWhere(projectId, f, today()), orderBy, take: 20_000, select: TASK_ROW });
}

export async function getTask(taskId: string) {
  return db.task.findUnique({
    where: { id: taskId },
    include: {
      owner: { select: { id: true, name: true } },
      period: { include: { phase: { select: { id: true, code: true, name: true } } } },
      participants: { include: { department: true } },
      predecessors: { include: { predecessor: { select: { id: true, seq: true, title: true, plannedEnd: true, status: true } } } },
      successors: { include: { successor: { select: { id: true, seq: true, title: true, plannedStart: true, status: true } } } },
      deliverables: {
        orderBy: { name: "asc" },
        include: {
          evidenceFile: { select: { id: true, fileName: true, size: true } },
          events: { orderBy: { at: "desc" } },
        },
      },
      comments: { orderBy: { createdAt: "asc" } },
    },
  });
}

export async function userNames(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export function activeUsers() {
  return db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}

/** A person's open tasks across projects, and deliverables waiting for their role's acceptance. */
export async function myWork(user: { id: string; role: Role; departmentId: string }) {
  const now = today();
  const [tasks, toAccept, cutover, rejected] = await Promise.all([
    db.task.findMany({
      where: { ownerId: user.id, status: { not: "DONE" } },
      orderBy: [{ plannedEnd: "asc" }, { seq: "asc" }],
      take: 200,
      select: { id: true, seq: true, title: true, status: true, progress: true, plannedStart: true, plannedEnd: true, version: true, project: { select: { id: true, name: true } } },
    }),
    db.deliverable.findMany({
      where: { status: "SUBMITTED", acceptorRole: user.role, OR: [{ acceptorDepartmentId: null }, { acceptorDepartmentId: user.departmentId }] },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: { id: true, name: true, taskId: true, projectId: true, project: { select: { name: true } } },
    }),
    db.cutoverItem.findMany({ where: { ownerId: user.id, status: "OPEN" }, select: { id: true, title: true, dueDate: true, projectId: true, project: { select: { name: true } } } }),
    db.deliverable.findMany({
      where: { status: "REJECTED", task: { ownerId: user.id } },
      take: 100,
      select: { id: true, name: true, taskId: true, projectId: true, rejectionReason: true, project: { select: { name: true } } },
    }),
  ]);
  return { tasks: tasks.map((t) => ({ ...t, overdue: isOverdue(t, now) })), toAccept, cutover, rejected, today: now };
}

export async function getReadiness(projectId: string) {
  return db.project.findUnique({
    where: { id: projectId },
    include: { cutoverItems: { orderBy: { seq: "asc" }, include: { owner: { select: { id: true, name: true } } } } },
  });
}
