import { z } from "zod";
import { similarIssues } from "@/modules/issues/queries";
import { requireApiPermission } from "@/server/api";

const ZQuery = z.object({ q: z.string().trim().min(2).max(200) });

/** Issues the caller may see whose titles share words with what they are typing. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("issue.file");
  if ("response" in guard) return guard.response;
  const parsed = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ issues: [] });
  return Response.json({ issues: await similarIssues(guard.actor, parsed.data.q) });
}
