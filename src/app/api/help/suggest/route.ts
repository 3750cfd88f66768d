import { ZSuggestQuery } from "@/modules/help/schemas";
import { searchArticles } from "@/modules/help/queries";
import { requireApiPermission } from "@/server/api";

/**
 * GET /api/help/suggest?q=…&module=… → { articles: [{ id, title, kind }] }: up to five published articles
 * matching what someone is typing into a new issue, so they can find the answer before filing.
 */
export async function GET(request: Request) {
  const guard = await requireApiPermission("help.read");
  if ("response" in guard) return guard.response;
  const params = new URL(request.url).searchParams;
  const parsed = ZSuggestQuery.safeParse({ q: params.get("q") ?? "", module: params.get("module") || undefined });
  if (!parsed.success) return Response.json({ error: "invalid query", articles: [] }, { status: 400 });
  const articles = await searchArticles(parsed.data.q, { module: parsed.data.module });
  return Response.json(
    { articles: articles.map((a) => ({ id: a.id, title: a.title, kind: a.kind })) },
    { headers: { "cache-control": "no-store" } },
  );
}
