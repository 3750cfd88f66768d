// Who hears about an SLA escalation: plain functions, so the rules can be read and unit-tested.

export type Threshold = 75 | 100 | 150;
export const THRESHOLDS: readonly Threshold[] = [75, 100, 150];

/**
 * The thresholds an SLA clock has reached: 75 % at warnAt, 100 % at dueAt, and 150 % ("half the SLA
 * again") at dueAt + 2 × (dueAt − warnAt), the stretch from 75 % to 100 % being a quarter of the target.
 */
export function reachedThresholds(now: Date, warnAt: Date | null, dueAt: Date | null): Threshold[] {
  const out: Threshold[] = [];
  if (warnAt && warnAt <= now) out.push(75);
  if (dueAt && dueAt <= now) {
    if (!out.includes(75)) out.push(75);
    out.push(100);
    const quarter = warnAt && warnAt < dueAt ? dueAt.getTime() - warnAt.getTime() : 0;
    if (dueAt.getTime() + 2 * quarter <= now.getTime()) out.push(150);
  }
  return out;
}

interface Person {
  id: string;
  active: boolean;
}

/**
 * The project manager(s) to escalate to: the project's manager; else the manager of the most
 * recent live project; else every active project manager. Inactive people are passed over.
 */
export function choosePmRecipients(input: { projectManager: Person | null; liveProjectManagers: Person[]; activeProjectManagers: string[] }): string[] {
  if (input.projectManager?.active) return [input.projectManager.id];
  const live = input.liveProjectManagers.find((p) => p.active);
  if (live) return [live.id];
  return [...new Set(input.activeProjectManagers)];
}

/**
 * Level 1 (75 %): the assignee, else the group lead. Level 2 (100 %): assignee and group lead.
 * Level 3 (150 %): the project manager. With nobody at a level, the next level up hears it, so an
 * unassigned issue of no group still reaches someone.
 */
export function escalationRecipients(threshold: Threshold, people: { assignee: Person | null; groupLead: Person | null; pms: string[] }): string[] {
  const assignee = people.assignee?.active ? people.assignee.id : null;
  const lead = people.groupLead?.active ? people.groupLead.id : null;
  let ids: string[];
  if (threshold === 75) ids = assignee ? [assignee] : lead ? [lead] : [];
  else if (threshold === 100) ids = [assignee, lead].filter((x): x is string => Boolean(x));
  else ids = [];
  if (ids.length === 0) ids = people.pms;
  return [...new Set(ids)];
}
