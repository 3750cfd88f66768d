import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/session";
import { can } from "@/server/permissions";

/**
 * Who sees which issue: support desk, PMs, executives and admins see all; everyone else sees what they
 * reported or watch, plus their department's issues when their role may (key users are department leads).
 */
export function visibleIssuesWhere(actor: Actor): Prisma.IssueWhereInput {
  if (can(actor.role, "issue.read.all")) return {};
  const mine: Prisma.IssueWhereInput[] = [{ reporterId: actor.id }, { watchers: { some: { userId: actor.id } } }];
  if (can(actor.role, "issue.read.department")) mine.push({ departmentId: actor.departmentId });
  return { OR: mine };
}

export function mayReadIssue(
  actor: Actor,
  issue: { reporterId: string; departmentId: string },
  isWatcher: boolean,
): boolean {
  if (can(actor.role, "issue.read.all")) return true;
  if (issue.reporterId === actor.id || isWatcher) return true;
  return can(actor.role, "issue.read.department") && issue.departmentId === actor.departmentId;
}

/** Internal notes are for the support desk and the people steering the rollout, never for the reporter's side. */
export function mayReadInternal(actor: Actor): boolean {
  return can(actor.role, "issue.read.all");
}
