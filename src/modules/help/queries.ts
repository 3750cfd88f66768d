import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ArticleKind, ArticleStatus, ErpModule, Role } from "@/generated/prisma/enums";
import { first } from "@/lib/list-params";
import { db } from "@/server/db";
import { ARTICLE_STATUSES, isArticleKind, isHelpModule, SUGGEST_LIMIT } from "./constants";
import { buildFaqGuide, type GuideArticle } from "./faq-guide";
import { containsPattern, splitSearchTerms } from "./search";

export const ARTICLE_SORTS = ["relevance", "views", "newest", "updated"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface ArticleFilter {
  q: string;
  terms: string[];
  module?: ErpModule;
  kind?: ArticleKind;
  /** Set when "for my role" is ticked: articles for everyone plus those written for this role. */
  role?: Role;
  status: ArticleStatus;
}

/** ?module=&kind=&mine=1&status= — only writers may look past published articles. */
export function parseArticleFilter(raw: Record<string, string | string[] | undefined>, q: string, actor: { role: Role }, canWrite: boolean): ArticleFilter {
  const module = first(raw.module);
  const kind = first(raw.kind);
  const status = first(raw.status);
  return {
    q,
    terms: splitSearchTerms(q),
    module: isHelpModule(module) ? module : undefined,
    kind: isArticleKind(kind) ? kind : undefined,
    role: first(raw.mine) === "1" ? actor.role : undefined,
    status: canWrite && (ARTICLE_STATUSES as readonly string[]).includes(status ?? "") ? (status as ArticleStatus) : "PUBLISHED",
  };
}

// Every term must appear in the title or the body (trigram indexes serve the ILIKEs).
function termConditions(terms: string[]): Prisma.Sql[] {
  return terms.map((t) => Prisma.sql`(a.title ILIKE ${containsPattern(t)} OR a.body ILIKE ${containsPattern(t)})`);
}

function whereSql(f: Pick<ArticleFilter, "terms" | "module" | "kind" | "role" | "status">): Prisma.Sql {
  const conditions = [
    Prisma.sql`a.status = ${f.status}::"ArticleStatus"`,
    ...termConditions(f.terms),
    ...(f.module ? [Prisma.sql`a.module = ${f.module}::"ErpModule"`] : []),
    ...(f.kind ? [Prisma.sql`a.kind = ${f.kind}::"ArticleKind"`] : []),
    ...(f.role ? [Prisma.sql`(cardinality(a.roles) = 0 OR ${f.role}::"Role" = ANY(a.roles))`] : []),
  ];
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

// How many of the terms the title holds: a title match ranks above a body-only match.
function titleHitsSql(terms: string[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`0`;
  return Prisma.join(terms.map((t) => Prisma.sql`(a.title ILIKE ${containsPattern(t)})::int`), " + ");
}

function orderSql(sort: ArticleSort): Prisma.Sql {
  switch (sort) {
    case "views":
      return Prisma.sql`a."viewCount" DESC, a."publishedAt" DESC NULLS LAST, a.id`;
    case "newest":
      return Prisma.sql`a."publishedAt" DESC NULLS LAST, a."createdAt" DESC, a.id`;
    case "updated":
      return Prisma.sql`a."updatedAt" DESC, a.id`;
    default:
      return Prisma.sql`"titleHits" DESC, a."viewCount" DESC, a."publishedAt" DESC NULLS LAST, a.id`;
  }
}

export interface ArticleRow {
  id: string;
  title: string;
  body: string;
  kind: ArticleKind;
  module: ErpModule | null;
  roles: Role[];
  status: ArticleStatus;
  viewCount: number;
  publishedAt: Date | null;
  updatedAt: Date;
  authorName: string;
  linkCount: number;
  titleHits: number;
}

function selectArticles(f: ArticleFilter, sort: ArticleSort, limit: number, offset: number) {
  return db.$queryRaw<ArticleRow[]>`
    SELECT a.id, a.title, a.body, a.kind, a.module, a.roles::text[] AS roles, a.status, a."viewCount",
           a."publishedAt", a."updatedAt", u.name AS "authorName",
           (SELECT count(*)::int FROM "HelpArticleIssue" l WHERE l."articleId" = a.id) AS "linkCount",
           (${titleHitsSql(f.terms)})::int AS "titleHits"
    FROM "HelpArticle" a JOIN "User" u ON u.id = a."authorId"
    ${whereSql(f)}
    ORDER BY ${orderSql(sort)}
    LIMIT ${limit} OFFSET ${offset}`;
}

/** One page of the help center's list, paginated in the database. */
export async function listArticles(f: ArticleFilter, sort: ArticleSort, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    selectArticles(f, sort, pageSize, (page - 1) * pageSize),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "HelpArticle" a ${whereSql(f)}`,
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Every matching article for the Excel export (bounded: a help center has hundreds, not millions). */
export function exportArticles(f: ArticleFilter, sort: ArticleSort) {
  return selectArticles(f, sort, 10_000, 0);
}

/** Articles per status, for the writers' tabs. */
export async function countArticlesByStatus(): Promise<Record<ArticleStatus, number>> {
  const groups = await db.helpArticle.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<ArticleStatus, number> = { PUBLISHED: 0, DRAFT: 0, ARCHIVED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/**
 * Published articles matching free text (all terms, title or body), best first: title matches, then
 * most viewed. The issue form calls this while someone types, to show answers before a duplicate is filed.
 */
export async function searchArticles(query: string, options: { module?: ErpModule; limit?: number } = {}) {
  const terms = splitSearchTerms(query);
  if (terms.length === 0) return [];
  const rows = await selectArticles({ q: query, terms, module: options.module, status: "PUBLISHED" }, "relevance", options.limit ?? SUGGEST_LIMIT, 0);
  return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, module: r.module }));
}

export function getArticle(id: string) {
  return db.helpArticle.findUnique({
    where: { id },
    include: {
      author: { select: { name: true } },
      sourceIssue: { select: { id: true, number: true, title: true } },
      _count: { select: { issueLinks: true } },
    },
  });
}

/** The issues an article is linked to, newest link first (the page shows them to the support desk only). */
export function linkedIssues(articleId: string) {
  return db.helpArticleIssue.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, issue: { select: { id: true, number: true, title: true, status: true } } },
  });
}

/**
 * One reader's visit: a single UPDATE that leaves version and updatedAt alone, so counting never
 * conflicts with an editor's save. Not counted: drafts and archived articles (writers' previews) and the
 * author's own visits (every save lands on the article). Returns whether the view counted.
 */
export async function recordArticleView(id: string, viewerId: string): Promise<boolean> {
  const counted = await db.$executeRaw`
    UPDATE "HelpArticle" SET "viewCount" = "viewCount" + 1
    WHERE id = ${id}::uuid AND status = 'PUBLISHED' AND "authorId" <> ${viewerId}::uuid`;
  return counted > 0;
}

const GUIDE_TOP_MAX = 50;

/** The data of 《常见问题指南》: the top articles by views and by linked issues, published only. */
export async function loadFaqGuide(top: number) {
  const limit = Math.min(Math.max(1, top), GUIDE_TOP_MAX);
  const ranked = (order: Prisma.Sql) => db.$queryRaw<GuideArticle[]>`
    SELECT a.id, a.title, a.body, a.kind, a.module, a."videoUrl", a."viewCount",
           (SELECT count(*)::int FROM "HelpArticleIssue" l WHERE l."articleId" = a.id) AS "linkCount"
    FROM "HelpArticle" a
    WHERE a.status = 'PUBLISHED'
    ORDER BY ${order}
    LIMIT ${limit}`;
  const [mostViewed, mostLinked] = await Promise.all([
    ranked(Prisma.sql`a."viewCount" DESC, "linkCount" DESC, a.title`),
    ranked(Prisma.sql`"linkCount" DESC, a."viewCount" DESC, a.title`),
  ]);
  return buildFaqGuide(mostViewed, mostLinked);
}
