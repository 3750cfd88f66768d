import "server-only";
import type { Tx } from "@/server/db";
import { notify } from "@/modules/notifications/service";

interface IssueRef {
  id: string;
  number: number;
  title: string;
  reporterId: string;
  assigneeId: string | null;
}

type Kind = "issue.assigned" | "issue.commented" | "issue.statusChanged" | "issue.resolved" | "issue.reopened";

/** Tells the people concerned about a change, never the person who made it. */
export async function tellIssuePeople(
  tx: Tx,
  issue: IssueRef,
  kind: Kind,
  options: { actorId: string; to: "reporterSide" | "desk" | string[]; params?: Record<string, string | number>; dedupe: string },
) {
  let userIds: string[];
  if (Array.isArray(options.to)) userIds = options.to;
  else {
    const watchers = await tx.issueWatcher.findMany({ where: { issueId: issue.id }, select: { userId: true } });
    userIds =
      options.to === "reporterSide"
        ? [issue.reporterId, ...watchers.map((w) => w.userId)]
        : [issue.assigneeId, ...watchers.map((w) => w.userId)].filter((u): u is string => Boolean(u) && u !== issue.reporterId);
  }
  const recipients = [...new Set(userIds)].filter((u) => u !== options.actorId);
  if (recipients.length === 0) return;
  await notify(tx, {
    userIds: recipients,
    kind,
    params: { number: issue.number, title: issue.title, ...options.params },
    issueId: issue.id,
    link: `/issues/${issue.id}`,
    dedupeKey: `${kind}:${issue.id}:${options.dedupe}`,
  });
}
