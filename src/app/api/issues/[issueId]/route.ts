import { optionalId } from "@/lib/list-params";
import { issueKey } from "@/modules/issues/constants";
import { getIssueForActor } from "@/modules/issues/queries";
import { authenticateApiToken } from "@/server/api-token";
import { can } from "@/server/permissions";
import { getActor } from "@/server/session";

/** One issue with its conversation as the caller may see it: internal notes only for the desk side. */
export async function GET(request: Request, { params }: { params: Promise<{ issueId: string }> }) {
  const actor = (await authenticateApiToken(request)) ?? (await getActor());
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(actor.role, "issue.file")) return Response.json({ error: "forbidden" }, { status: 403 });
  const id = optionalId((await params).issueId);
  const detail = id ? await getIssueForActor(actor, id) : null;
  if (!detail) return Response.json({ error: "not found" }, { status: 404 });
  const { issue } = detail;
  return Response.json({
    id: issue.id, key: issueKey(issue.number), number: issue.number, title: issue.title, description: issue.description,
    module: issue.module, type: issue.type, impact: issue.impact, urgency: issue.urgency, priority: issue.priority, status: issue.status,
    reporter: issue.reporter.name, assignee: issue.assignee?.name ?? null, createdAt: issue.createdAt,
    firstResponseDueAt: issue.firstResponseDueAt, firstRespondedAt: issue.firstRespondedAt,
    resolutionDueAt: issue.resolutionDueAt, resolvedAt: issue.resolvedAt, closedAt: issue.closedAt,
    firstResponseBreached: Boolean(issue.firstResponseBreachedAt), resolutionBreached: Boolean(issue.resolutionBreachedAt),
    csatScore: issue.csatScore,
    comments: detail.comments.map((c) => ({ id: c.id, author: c.author.name, body: c.body, internal: c.internal, createdAt: c.createdAt })),
    attachments: detail.attachments.map((a) => ({ id: a.file.id, fileName: a.file.fileName, size: a.file.size, url: `/api/files/${a.file.id}` })),
  });
}
