import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/server/permissions";
import { localMidnight } from "@/lib/calendar-day";
import { db } from "@/server/db";
import { env } from "@/server/env";
import type { Actor } from "@/server/session";
import { mayReadInternal, mayReadIssue, visibleIssuesWhere } from "./access";
import { OPEN_STATUSES } from "./constants";
import { searchTerms, type IssueFilter, type IssueSort, type IssueView } from "./list-filter";

/** The queues a role gets, first = default. */
export function viewsFor(actor: Actor): IssueView[] {
  if (can(actor.role, "issue.work")) return ["assigned", "group", "unassigned", "breaching", "all", "mine"];
  if (can(actor.role, "issue.read.all")) return ["all", "breaching", "unassigned", "mine"];
  if (can(actor.role, "issue.read.department")) return ["mine", "watching", "department"];
  return ["mine", "watching"];
}

function viewWhere(view: IssueView, actor: Actor, now: Date): Prisma.IssueWhereInput {
  switch (view) {
    case "mine":
      return { reporterId: actor.id };
    case "watching":
      return { watchers: { some: { userId: actor.id } } };
    case "department":
      return { departmentId: actor.departmentId };
    case "assigned":
      return { assigneeId: actor.id, status: { in: [...OPEN_STATUSES] } };
    case "group":
      return { group: { members: { some: { userId: actor.id } } }, status: { in: [...OPEN_STATUSES] } };
    case "unassigned":
      return { assigneeId: null, status: { in: [...OPEN_STATUSES] } };
    case "breaching": {
      // Open, clock running, and past the 75 % point of a clock still owed.
      return {
        status: { in: [...OPEN_STATUSES] },
        slaPausedAt: null,
        OR: [{ firstRespondedAt: null, firstResponseWarnAt: { lte: now } }, { resolutionWarnAt: { lte: now } }],
      };
    }
    case "all":
      return {};
  }
}

export function issueWhere(actor: Actor, f: IssueFilter, now = new Date()): Prisma.IssueWhereInput {
  const and: Prisma.IssueWhereInput[] = [visibleIssuesWhere(actor), viewWhere(f.view, actor, now)];
  if (f.status === "open") and.push({ status: { in: [...OPEN_STATUSES] } });
  else if (f.status) and.push({ status: f.status });
  if (f.module) and.push({ module: f.module });
  if (f.priority) and.push({ priority: f.priority });
  if (f.departmentId) and.push({ departmentId: f.departmentId });
  if (f.reporterId) and.push({ reporterId: f.reporterId });
  if (f.from) and.push({ createdAt: { gte: localMidnight(f.from, env().PORTAL_TIME_ZONE) } });
  if (f.to) and.push({ createdAt: { lt: localMidnight(f.to, env().PORTAL_TIME_ZONE, 1) } });
  const terms = searchTerms(f.q);
  if (terms.number) and.push({ number: terms.number });
  // Each word must appear in the title or the description (trigram indexes serve these ILIKEs).
  for (const w of terms.words) {
    and.push({ OR: [{ title: { contains: w, mode: "insensitive" } }, { description: { contains: w, mode: "insensitive" } }] });
  }
  return { AND: and.filter((w) => Object.keys(w).length > 0) };
}

function orderBy(sort: IssueSort, dir: "asc" | "desc"): Prisma.IssueOrderByWithRelationInput[] {
  const primary: Prisma.IssueOrderByWithRelationInput =
    sort === "due" ? { resolutionDueAt: { sort: dir, nulls: "last" } } : { [sort]: dir };
  return [primary, { number: "desc" }];
}

export const ISSUE_LIST_SELECT = {
  id: true, number: true, title: true, module: true, type: true, priority: true, status: true, createdAt: true, updatedAt: true,
  firstRespondedAt: true, firstResponseDueAt: true, resolutionDueAt: true, resolvedAt: true, slaPausedAt: true,
  firstResponseBreachedAt: true, resolutionBreachedAt: true,
  reporter: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  group: { select: { nameZh: true, nameEn: true } },
  department: { select: { nameZh: true, nameEn: true } },
} as const;

export async function listIssues(actor: Actor, f: IssueFilter, sort: IssueSort, dir: "asc" | "desc", page: number, pageSize: number) {
  const where = issueWhere(actor, f);
  const [rows, total] = await Promise.all([
    db.issue.findMany({ where, orderBy: orderBy(sort, dir), skip: (page - 1) * pageSize, take: pageSize, select: ISSUE_LIST_SELECT }),
    db.issue.count({ where }),
  ]);
  return { rows, total };
}

/** Every matching row for the Excel export, capped so one click cannot pull the whole history. */
export function exportIssues(actor: Actor, f: IssueFilter, sort: IssueSort, dir: "asc" | "desc") {
  return db.issue.findMany({
    where: issueWhere(actor, f),
    orderBy: orderBy(sort, dir),
    take: 20_000,
    select: { ...ISSUE_LIST_SELECT, impact: true, urgency: true, closedAt: true, csatScore: true, csatComment: true },
  });
}

/** The issue page: null when missing or not visible to the actor; internal notes only for the desk side. */
export async function getIssueForActor(actor: Actor, id: string) {
  const issue = await db.issue.findUnique({
    where: { id },
    include: {
      reporter: { select: { id: true, name: true, email: true } },
      assignee: { select: { id: true, name: true } },
      group: { select: { id: true, nameZh: true, nameEn: true } },
      department: { select: { nameZh: true, nameEn: true } },
      project: { select: { id: true, name: true } },
      duplicateOf: { select: { id: true, number: true, title: true } },
      duplicates: { select: { id: true, number: true, title: true } },
      slaPolicy: { select: { nameZh: true, nameEn: true, mode: true } },
      watchers: { select: { userId: true, user: { select: { name: true } } } },
      articleLinks: { select: { article: { select: { id: true, title: true, status: true } } } },
    },
  });
  if (!issue) return null;
  const watching = issue.watchers.some((w) => w.userId === actor.id);
  if (!mayReadIssue(actor, issue, watching)) return null;
  const internal = mayReadInternal(actor);
  const [comments, attachments, events] = await Promise.all([
    db.issueComment.findMany({
      where: { issueId: id, ...(internal ? {} : { internal: false }) },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, internal: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
    }),
    db.issueAttachment.findMany({
      where: { issueId: id, ...(internal ? {} : { OR: [{ commentId: null }, { comment: { internal: false } }] }) },
      orderBy: { createdAt: "asc" },
      select: { id: true, commentId: true, file: { select: { id: true, fileName: true, size: true, contentType: true } } },
    }),
    db.issueEvent.findMany({
      where: { issueId: id, ...(internal ? {} : { kind: { notIn: ["NOTE", "ESCALATED"] } }) },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, fromValue: true, toValue: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return { issue, watching, internal, comments, attachments, events };
}

/** Open or recent issues whose title shares words with what is being typed (duplicate check while filing). */
export async function similarIssues(actor: Actor, text: string, limit = 5) {
  const words = text.split(/[\s,.;:!?，。；：！？、]+/).filter((w) => w.length >= 2).slice(0, 6);
  if (words.length === 0) return [];
  return db.issue.findMany({
    where: {
      AND: [visibleIssuesWhere(actor), { OR: words.map((w) => ({ title: { contains: w, mode: "insensitive" as const } })) }],
    },
    orderBy: [{ createdAt: "desc" }],
    take: limit,
    select: { id: true, number: true, title: true, status: true },
  });
}

/** Who may file a file attachment download: callers who may see its issue (and, for a note's file, its notes). */
export async function attachmentVisibleTo(actor: Actor, fileId: string): Promise<boolean | null> {
  const links = await db.issueAttachment.findMany({
    where: { fileId },
    select: { issue: { select: { reporterId: true, departmentId: true, watchers: { where: { userId: actor.id }, select: { userId: true } } } }, comment: { select: { internal: true } } },
  });
  if (links.length === 0) return null;
  return links.some(
    (l) => mayReadIssue(actor, l.issue, l.issue.watchers.length > 0) && (!l.comment?.internal || mayReadInternal(actor)),
  );
}

export function assignableUsers() {
  return db.user.findMany({ where: { active: true, role: { in: ["SUPPORT", "PROJECT_MANAGER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function supportGroups() {
  return db.supportGroup.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

/** The home page's issue card: the desk's queue sizes, and everyone's own open issues and confirmations owed. */
export async function homeIssueSummary(actor: Actor) {
  const now = new Date();
  const desk = can(actor.role, "issue.work");
  const open = { status: { in: [...OPEN_STATUSES] } };
  const count = (view: IssueView) => db.issue.count({ where: { AND: [visibleIssuesWhere(actor), viewWhere(view, actor, now)] } });
  const [assigned, unassigned, breaching, mine, toConfirm] = await Promise.all([
    desk ? count("assigned") : 0,
    desk ? count("unassigned") : 0,
    desk ? count("breaching") : 0,
    db.issue.findMany({
      where: desk ? { assigneeId: actor.id, ...open } : { reporterId: actor.id, ...open },
      orderBy: desk ? [{ resolutionDueAt: { sort: "asc", nulls: "last" } }] : [{ createdAt: "desc" }],
      take: 5,
      select: ISSUE_LIST_SELECT,
    }),
    db.issue.findMany({ where: { reporterId: actor.id, status: "RESOLVED" }, orderBy: { resolvedAt: "asc" }, take: 5, select: { id: true, number: true, title: true } }),
  ]);
  return { desk, assigned, unassigned, breaching, mine, toConfirm };
}
