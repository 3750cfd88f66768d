import type { Tx } from "@/server/db";
import { addDays, addWorkingDays, workingDaysInclusive } from "./dates";

export interface Moved {
  id: string;
  seq: number;
  from: { plannedStart: Date; plannedEnd: Date };
  to: { plannedStart: Date; plannedEnd: Date };
}

/**
 * After a task moved, pushes every successor that now starts before its predecessor ends to the
 * next working day after it, keeping its length in working days, and so on down the chain.
 * Tasks are only pushed later, never pulled earlier: a PM's deliberate slack stays.
 */
export async function pushSuccessors(tx: Tx, projectId: string, movedTaskId: string): Promise<Moved[]> {
  const [tasks, deps] = await Promise.all([
    tx.task.findMany({ where: { projectId }, select: { id: true, seq: true, plannedStart: true, plannedEnd: true } }),
    tx.taskDependency.findMany({ where: { predecessor: { projectId } }, select: { predecessorId: true, successorId: true } }),
  ]);
  const byId = new Map(tasks.map((t) => [t.id, { ...t }]));
  const successors = new Map<string, string[]>();
  for (const d of deps) successors.set(d.predecessorId, [...(successors.get(d.predecessorId) ?? []), d.successorId]);

  const moved = new Map<string, Moved>();
  const queue = [movedTaskId];
  let guard = 0;
  while (queue.length) {
    if (++guard > 100_000) throw new Error("dependency cycle while rescheduling");
    const pred = byId.get(queue.shift()!)!;
    for (const succId of successors.get(pred.id) ?? []) {
      const succ = byId.get(succId)!;
      if (succ.plannedStart.getTime() > pred.plannedEnd.getTime()) continue;
      const length = Math.max(1, workingDaysInclusive(succ.plannedStart, succ.plannedEnd));
      const from = moved.get(succ.id)?.from ?? { plannedStart: succ.plannedStart, plannedEnd: succ.plannedEnd };
      succ.plannedStart = addWorkingDays(addDays(pred.plannedEnd, 1), 0);
      succ.plannedEnd = addWorkingDays(succ.plannedStart, length - 1);
      moved.set(succ.id, { id: succ.id, seq: succ.seq, from, to: { plannedStart: succ.plannedStart, plannedEnd: succ.plannedEnd } });
      queue.push(succ.id);
    }
  }
  for (const m of moved.values()) {
    await tx.task.update({ where: { id: m.id }, data: { plannedStart: m.to.plannedStart, plannedEnd: m.to.plannedEnd, version: { increment: 1 } } });
  }
  return [...moved.values()];
}

/** True when adding predecessor → successor would close a loop. */
export async function wouldCreateCycle(tx: Tx, predecessorId: string, successorId: string): Promise<boolean> {
  if (predecessorId === successorId) return true;
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE downstream(id) AS (
      SELECT ${successorId}::uuid
      UNION
      SELECT d."successorId" FROM "TaskDependency" d JOIN downstream ON d."predecessorId" = downstream.id
    )
    SELECT EXISTS (SELECT 1 FROM downstream WHERE id = ${predecessorId}::uuid) AS found`;
  return rows[0]?.found ?? false;
}
