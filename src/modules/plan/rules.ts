import type { GateDecision, TaskStatus } from "@/generated/prisma/enums";
import { daysBetween, workingDaysInclusive } from "./dates";

export interface RollUpTask {
  status: TaskStatus;
  progress: number;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface RollUp {
  status: TaskStatus;
  /** 0-100, weighted by each task's planned working days. */
  progress: number;
  total: number;
  done: number;
  blocked: number;
}

/**
 * A week's or phase's status and progress from its tasks: done when all are done, blocked when any
 * is blocked, in progress once any has started; progress weighted by planned length, so a 20-day
 * task counts more than a one-day meeting.
 */
export function rollUp(tasks: readonly RollUpTask[]): RollUp {
  if (tasks.length === 0) return { status: "NOT_STARTED", progress: 0, total: 0, done: 0, blocked: 0 };
  let weight = 0;
  let weighted = 0;
  for (const t of tasks) {
    const w = Math.max(1, workingDaysInclusive(t.plannedStart, t.plannedEnd));
    weight += w;
    weighted += w * (t.status === "DONE" ? 100 : Math.min(100, Math.max(0, t.progress)));
  }
  const done = tasks.filter((t) => t.status === "DONE").length;
  const blocked = tasks.filter((t) => t.status === "BLOCKED").length;
  const started = tasks.some((t) => t.status !== "NOT_STARTED" || t.progress > 0);
  const status: TaskStatus = done === tasks.length ? "DONE" : blocked > 0 ? "BLOCKED" : started ? "IN_PROGRESS" : "NOT_STARTED";
  return { status, progress: Math.round(weighted / weight), total: tasks.length, done, blocked };
}

/** Share of the planned span elapsed on `today` (0-100): what progress should be by now. */
export function expectedProgress(plannedStart: Date, plannedEnd: Date, today: Date): number {
  const span = daysBetween(plannedStart, plannedEnd) + 1;
  const elapsed = daysBetween(plannedStart, today) + 1;
  return Math.round(Math.min(1, Math.max(0, elapsed / span)) * 100);
}

/**
 * Where the plan should stand today: each task's share of its planned span already elapsed,
 * weighted like rollUp, so "done vs expected" compares like with like.
 */
export function expectedPlanProgress(tasks: readonly RollUpTask[], today: Date): number {
  let weight = 0;
  let weighted = 0;
  for (const t of tasks) {
    const w = Math.max(1, workingDaysInclusive(t.plannedStart, t.plannedEnd));
    weight += w;
    weighted += w * expectedProgress(t.plannedStart, t.plannedEnd, today);
  }
  return weight ? Math.round(weighted / weight) : 0;
}

export function isOverdue(t: { status: TaskStatus; plannedEnd: Date }, today: Date): boolean {
  return t.status !== "DONE" && t.plannedEnd.getTime() < today.getTime();
}

/** A phase's gate is open when its latest review passed, with or without conditions. */
export function gatePassed(reviews: readonly { decision: GateDecision; decidedAt: Date }[]): boolean {
  const latest = [...reviews].sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0];
  return latest?.decision === "PASS" || latest?.decision === "PASS_WITH_CONDITIONS";
}

export type PhaseStartCheck = { allowed: true } | { allowed: false; reason: "previousGateOpen" | "alreadyStarted" };

/**
 * The next phase cannot be marked started before the previous phase's gate passes; an executive
 * may override, with a reason, which the caller records.
 */
export function canStartPhase(phase: { startedAt: Date | null }, previousPhaseReviews: readonly { decision: GateDecision; decidedAt: Date }[] | null, override: boolean): PhaseStartCheck {
  if (phase.startedAt) return { allowed: false, reason: "alreadyStarted" };
  if (previousPhaseReviews === null || gatePassed(previousPhaseReviews) || override) return { allowed: true };
  return { allowed: false, reason: "previousGateOpen" };
}

/** Go-live readiness: share of checklist items done or waived, and whether a blocking one is open. */
export function readiness(items: readonly { status: "OPEN" | "DONE" | "WAIVED"; blocking: boolean }[]) {
  const closed = items.filter((i) => i.status !== "OPEN").length;
  const openBlocking = items.filter((i) => i.status === "OPEN" && i.blocking).length;
  return { score: items.length ? Math.round((closed / items.length) * 100) : 100, openBlocking, total: items.length, closed };
}
