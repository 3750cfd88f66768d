import { headers } from "next/headers";
import type { Locale } from "@/i18n/config";
import { parseListParams } from "@/lib/list-params";
import { fileIssueViaApi } from "@/modules/issues/definitions";
import { ISSUE_SORTS, parseIssueFilter } from "@/modules/issues/list-filter";
import { listIssues, viewsFor } from "@/modules/issues/queries";
import { issueKey } from "@/modules/issues/constants";
import { authenticateApiToken } from "@/server/api-token";
import { can } from "@/server/permissions";
import { clientIp, requestId } from "@/server/request-info";
import { getActor } from "@/server/session";

// REST for other systems: `Authorization: Bearer erp_…` (a token acts as its user), or the browser session.
async function caller(request: Request) {
  return (await authenticateApiToken(request)) ?? (await getActor());
}

function localeOf(request: Request): Locale {
  const lang = request.headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return lang.startsWith("en") ? "en" : "zh-CN";
}

const MAX_JSON_BYTES = 256 * 1024;

/** Files an issue. JSON `{ title, description, module, type, impact, urgency?, projectId? }` or multipart with `attachments`. */
export async function POST(request: Request) {
  const actor = await caller(request);
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(actor.role, "issue.file")) return Response.json({ error: "forbidden" }, { status: 403 });
  let body: unknown;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) body = await request.formData();
    else {
      const text = await request.text();
      if (text.length > MAX_JSON_BYTES) return Response.json({ error: "payload too large" }, { status: 413 });
      body = JSON.parse(text);
    }
  } catch {
    return Response.json({ error: "invalid body" }, { status: 400 });
  }
  const h = await headers();
  const result = await fileIssueViaApi.execute(actor, body, { locale: localeOf(request), requestId: requestId(h), ip: clientIp(h) });
  if (!result.ok) return Response.json({ error: result.error, fieldErrors: result.fieldErrors ?? {} }, { status: result.unexpected ? 500 : 400 });
  const { id, number, priority, status } = result.data;
  return Response.json({ id, number, key: issueKey(number), priority, status, url: `/issues/${id}` }, { status: 201 });
}

/** Lists the issues the caller may see, with the page's filters (`view`, `status`, `module`, `q`, `page`, `size` …). */
export async function GET(request: Request) {
  const actor = await caller(request);
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(actor.role, "issue.file")) return Response.json({ error: "forbidden" }, { status: 403 });
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, ISSUE_SORTS, "number", "desc");
  const filter = parseIssueFilter(raw, list.q, viewsFor(actor));
  const { rows, total } = await listIssues(actor, filter, list.sort, list.dir, list.page, list.pageSize);
  return Response.json({
    total,
    page: list.page,
    pageSize: list.pageSize,
    issues: rows.map((r) => ({
      id: r.id, key: issueKey(r.number), number: r.number, title: r.title, module: r.module, type: r.type, priority: r.priority,
      status: r.status, reporter: r.reporter.name, assignee: r.assignee?.name ?? null, createdAt: r.createdAt,
      firstResponseDueAt: r.firstResponseDueAt, resolutionDueAt: r.resolutionDueAt, resolvedAt: r.resolvedAt,
    })),
  });
}
