import "server-only";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";
import { assertSafeMarkdown } from "@/lib/markdown";
import { derivePriority } from "@/modules/sla/priority";
import { pickPolicy, routeIssue } from "@/modules/sla/service";
import { storeAttachments } from "../attachments";
import { tellIssuePeople } from "../notify";
import { ZFileIssue, type TFileIssue } from "../schemas";
import { assignmentLabel, recordEvent, refreshDeadlines } from "../service";

/** Files an issue for the actor; shared by the form and the REST endpoint (source tells them apart). */
export async function createIssue(ctx: ActionContext, input: TFileIssue, source: "WEB" | "API", files: File[]) {
  assertSafeMarkdown(input.title, "title");
  assertSafeMarkdown(input.description, "description");
  const projectId = input.projectId ?? (await currentProjectId(ctx));
  if (input.projectId && !(await ctx.tx.project.findUnique({ where: { id: input.projectId }, select: { id: true } }))) {
    throw new ActionError("issues.errors.unknownProject", {}, "projectId");
  }
  const now = new Date();
  const policy = await pickPolicy(ctx.tx, now);
  const route = await routeIssue(ctx.tx, { module: input.module, type: input.type });
  const priority = derivePriority(input.impact, input.urgency);
  const issue = await ctx.tx.issue.create({
    data: {
      title: input.title,
      description: input.description,
      module: input.module,
      type: input.type,
      impact: input.impact,
      urgency: input.urgency,
      priority,
      source,
      reporterId: ctx.actor.id,
      departmentId: ctx.actor.departmentId,
      assigneeId: route.assigneeId,
      groupId: route.groupId,
      projectId,
      slaPolicyId: policy.id,
      createdAt: now,
    },
    select: { id: true, number: true, title: true, priority: true, status: true, reporterId: true, assigneeId: true, slaPolicyId: true, createdAt: true },
  });
  await storeAttachments(ctx, issue.id, files);
  await refreshDeadlines(ctx.tx, issue);
  await recordEvent(ctx.tx, issue.id, ctx.actor.id, "CREATED", null, priority, now);
  if (route.assigneeId || route.groupId) {
    await recordEvent(ctx.tx, issue.id, null, "ASSIGNED", null, await assignmentLabel(ctx.tx, route.assigneeId, route.groupId), now);
  }
  await ctx.audit({ action: "create", entityType: "Issue", entityId: issue.id, after: { ...input, priority, source, ...route } });
  if (route.assigneeId) {
    await tellIssuePeople(ctx.tx, issue, "issue.assigned", { actorId: ctx.actor.id, to: [route.assigneeId], dedupe: `new:${route.assigneeId}` });
  }
  return { id: issue.id, number: issue.number, priority: issue.priority, status: issue.status };
}

/** Issues belong to the rollout in hypercare (else the active one) unless the reporter picked one. */
async function currentProjectId(ctx: ActionContext): Promise<string | null> {
  const project = await ctx.tx.project.findFirst({
    where: { status: { in: ["HYPERCARE", "ACTIVE"] } },
    orderBy: [{ status: "desc" }, { startDate: "desc" }],
    select: { id: true },
  });
  return project?.id ?? null;
}

export const fileIssue = defineAction({
  name: "issues.file",
  permission: "issue.file",
  input: ZFileIssue,
  successMessage: "issues.filed",
  revalidate: ["/issues"],
  handler: (input, ctx) => createIssue(ctx, input, "WEB", ctx.rawFiles("attachments")),
});

/** The REST endpoint's twin: same rules, recorded as filed by another system (multipart bodies may carry files). */
export const fileIssueViaApi = defineAction({
  name: "issues.fileViaApi",
  permission: "issue.file",
  input: ZFileIssue,
  handler: (input, ctx) => createIssue(ctx, input, "API", ctx.rawFiles("attachments")),
});
