import "server-only";
import type { IssuePriority, IssueStatus } from "@/generated/prisma/enums";
import type { ActionContext } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { issueDeadlines } from "@/modules/sla/service";
import { mayReadIssue } from "./access";
import { pausesFromEvents } from "./workflow";

export const ISSUE_CORE = {
  id: true, number: true, title: true, status: true, priority: true, module: true, type: true, reporterId: true,
  departmentId: true, assigneeId: true, groupId: true, projectId: true, slaPolicyId: true, createdAt: true,
  slaPausedAt: true, firstRespondedAt: true, resolvedAt: true, closedAt: true, reopenCount: true, csatScore: true,
  duplicateOfId: true, version: true,
} as const;

/** Looks the issue up on the server and refuses callers who may not see it (as "not found": no probing). */
export async function findVisibleIssue(ctx: ActionContext, issueId: string) {
  const issue = await ctx.tx.issue.findUnique({ where: { id: issueId }, select: ISSUE_CORE });
  if (!issue) throw new ActionError("errors.notFound");
  const watching = await ctx.tx.issueWatcher.findUnique({ where: { issueId_userId: { issueId, userId: ctx.actor.id } } });
  if (!mayReadIssue(ctx.actor, issue, Boolean(watching))) throw new ActionError("errors.notFound");
  return issue;
}

export async function recordEvent(
  tx: Tx,
  issueId: string,
  actorId: string | null,
  kind: string,
  fromValue?: string | null,
  toValue?: string | null,
  at?: Date,
) {
  await tx.issueEvent.create({
    data: { issueId, actorId, kind, fromValue: fromValue ?? null, toValue: toValue ?? null, ...(at ? { createdAt: at } : {}) },
  });
}

/** How an assignment reads in the history: the person, else the group (names, as they were at the time). */
export async function assignmentLabel(tx: Tx, assigneeId: string | null, groupId: string | null): Promise<string | null> {
  if (assigneeId) return (await tx.user.findUnique({ where: { id: assigneeId }, select: { name: true } }))?.name ?? null;
  if (groupId) return (await tx.supportGroup.findUnique({ where: { id: groupId }, select: { nameZh: true } }))?.nameZh ?? null;
  return null;
}

/**
 * Recomputes the due and 75 % warning times from the policy, the priority and the pauses so far.
 * The resolution clock restarts when the issue is reopened; recorded breaches are never touched.
 */
export async function refreshDeadlines(tx: Tx, issue: { id: string; slaPolicyId: string; priority: IssuePriority; createdAt: Date }) {
  const events = await tx.issueEvent.findMany({
    where: { issueId: issue.id, kind: { in: ["SLA_PAUSED", "SLA_RESUMED", "STATUS"] } },
    select: { kind: true, createdAt: true, toValue: true },
    orderBy: { createdAt: "asc" },
  });
  const pauses = pausesFromEvents(events);
  const lastReopen = events.filter((e) => e.kind === "STATUS" && e.toValue === "REOPENED").at(-1)?.createdAt;
  const resolutionStart = lastReopen ?? issue.createdAt;
  const first = await issueDeadlines(tx, { policyId: issue.slaPolicyId, priority: issue.priority, startedAt: issue.createdAt, pauses });
  const resolution = lastReopen
    ? (
        await issueDeadlines(tx, {
          policyId: issue.slaPolicyId,
          priority: issue.priority,
          startedAt: resolutionStart,
          pauses: pauses.filter((p) => !p.to || p.to > resolutionStart),
        })
      ).resolution
    : first.resolution;
  await tx.issue.update({
    where: { id: issue.id },
    data: {
      firstResponseDueAt: first.firstResponse.dueAt,
      firstResponseWarnAt: first.firstResponse.warnAt,
      resolutionDueAt: resolution.dueAt,
      resolutionWarnAt: resolution.warnAt,
    },
  });
}

/** Moves the issue to `to` (the caller has checked the move is allowed) and keeps clocks and history right. */
export async function moveIssue(
  ctx: ActionContext,
  issue: { id: string; status: IssueStatus; version: number; slaPausedAt: Date | null; firstRespondedAt: Date | null },
  to: IssueStatus,
  options: { firstResponse?: boolean; extra?: Record<string, unknown> } = {},
) {
  const now = new Date();
  const pausing = to === "WAITING_FOR_REPORTER" && !issue.slaPausedAt;
  const resuming = to !== "WAITING_FOR_REPORTER" && Boolean(issue.slaPausedAt);
  const { count } = await ctx.tx.issue.updateMany({
    where: { id: issue.id, version: issue.version },
    data: {
      status: to,
      version: { increment: 1 },
      ...(pausing ? { slaPausedAt: now } : {}),
      ...(resuming ? { slaPausedAt: null } : {}),
      ...(options.firstResponse && !issue.firstRespondedAt ? { firstRespondedAt: now } : {}),
      ...(to === "RESOLVED" ? { resolvedAt: now } : {}),
      ...(to === "CLOSED" ? { closedAt: now } : {}),
      ...options.extra,
    },
  });
  if (count === 0) throw new ActionError("errors.conflict");
  await recordEvent(ctx.tx, issue.id, ctx.actor.id, "STATUS", issue.status, to, now);
  if (pausing) await recordEvent(ctx.tx, issue.id, ctx.actor.id, "SLA_PAUSED", null, null, now);
  if (resuming) await recordEvent(ctx.tx, issue.id, ctx.actor.id, "SLA_RESUMED", null, null, now);
  if (options.firstResponse && !issue.firstRespondedAt) await recordFirstResponse(ctx.tx, issue.id, now);
  return { pausing, resuming, now };
}

/** A late first response is a breach even if the sweep had not noticed it yet. */
export async function recordFirstResponse(tx: Tx, issueId: string, at: Date) {
  await tx.$executeRaw`UPDATE "Issue" SET "firstResponseBreachedAt" = "firstResponseDueAt"
    WHERE id = ${issueId}::uuid AND "firstResponseBreachedAt" IS NULL AND "firstResponseDueAt" < ${at}`;
}

/** Resolving late records the resolution breach the same way. */
export async function recordResolution(tx: Tx, issueId: string, at: Date) {
  await tx.$executeRaw`UPDATE "Issue" SET "resolutionBreachedAt" = "resolutionDueAt"
    WHERE id = ${issueId}::uuid AND "resolutionBreachedAt" IS NULL AND "resolutionDueAt" < ${at}`;
}
