// The SQL of the issue list as the support desk's "all issues" queue needs it, written by hand: the
// rows with the names the page shows in one joined query, and the count. Used by the baseline server
// and by the bench's "SQL alone" timings.

const SELECT = `
  SELECT i.id, i.number, i.title, i.module::text, i.priority::text, i.status::text, i."createdAt", i."firstRespondedAt",
         i."firstResponseDueAt", i."resolutionDueAt", i."resolvedAt", i."slaPausedAt", i."firstResponseBreachedAt", i."resolutionBreachedAt",
         r.name AS reporter, a.name AS assignee, g."nameZh" AS "group", d."nameZh" AS department
  FROM "Issue" i
  JOIN "User" r ON r.id = i."reporterId"
  LEFT JOIN "User" a ON a.id = i."assigneeId"
  LEFT JOIN "SupportGroup" g ON g.id = i."groupId"
  JOIN "Department" d ON d.id = i."departmentId"`;

export interface Sql {
  text: string;
  values: unknown[];
}

/** The page's search: each word (up to five) in the title or the description, case-insensitively. */
function searchWhere(q: string, values: unknown[]): string {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  return words.length
    ? `WHERE ${words.map((w) => (values.push(w), `(i.title ILIKE '%' || $${values.length} || '%' OR i.description ILIKE '%' || $${values.length} || '%')`)).join(" AND ")}`
    : "";
}

/** `?page=&size=&q=` → the two queries, newest number first as the page sorts by default. */
export function listQueries(query: URLSearchParams): { rows: Sql; count: Sql } {
  const size = [20, 50, 100].includes(Number(query.get("size"))) ? Number(query.get("size")) : 20;
  const page = Math.max(1, Math.min(100_000, Math.floor(Number(query.get("page")) || 1)));
  const values: unknown[] = [];
  const where = searchWhere((query.get("q") ?? "").trim().slice(0, 200), values);
  return {
    rows: { text: `${SELECT} ${where} ORDER BY i.number DESC LIMIT ${size} OFFSET ${(page - 1) * size}`, values },
    count: { text: `SELECT count(*)::int AS n FROM "Issue" i ${where}`, values },
  };
}
