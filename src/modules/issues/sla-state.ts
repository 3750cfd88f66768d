import { isOpen } from "./constants";
import type { IssueStatus } from "@/generated/prisma/enums";

export type SlaState = "met" | "breached" | "paused" | "overdue" | "atRisk" | "onTrack" | "none";

interface Clock {
  status: IssueStatus;
  slaPausedAt: Date | null;
  firstRespondedAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
}

/** The one clock a list shows: first response while none was given, then resolution. */
export function currentClock(c: Clock): { metric: "firstResponse" | "resolution"; dueAt: Date | null; breachedAt: Date | null } {
  return !c.firstRespondedAt && isOpen(c.status)
    ? { metric: "firstResponse", dueAt: c.firstResponseDueAt, breachedAt: c.firstResponseBreachedAt }
    : { metric: "resolution", dueAt: c.resolutionDueAt, breachedAt: c.resolutionBreachedAt };
}

/** What a user should feel about the clock: red when breached, amber in the last hour, grey when paused. */
export function slaState(c: Clock, now: Date): SlaState {
  const clock = currentClock(c);
  if (!isOpen(c.status)) return c.resolutionBreachedAt || c.firstResponseBreachedAt ? "breached" : c.status === "DUPLICATE" ? "none" : "met";
  if (clock.breachedAt) return "breached";
  if (c.slaPausedAt) return "paused";
  if (!clock.dueAt) return "none";
  const left = clock.dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left < 60 * 60_000 ? "atRisk" : "onTrack";
}

/** "3 h 20 min" style remaining/overdue amount, in minutes (negative when overdue). */
export function minutesLeft(dueAt: Date | null, now: Date): number | null {
  return dueAt ? Math.round((dueAt.getTime() - now.getTime()) / 60_000) : null;
}
