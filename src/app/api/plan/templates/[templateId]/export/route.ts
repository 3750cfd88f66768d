import { z } from "zod";
import { templateJsonFile } from "@/modules/plan/transfer/template-file";
import { requireApiPermission } from "@/server/api";

/** A plan template as .json: what "import template" reads back. */
export async function GET(_request: Request, { params }: { params: Promise<{ templateId: string }> }) {
  const guard = await requireApiPermission("plan.read");
  if ("response" in guard) return guard.response;
  const { templateId } = await params;
  const file = z.uuid().safeParse(templateId).success ? await templateJsonFile(templateId) : null;
  if (!file) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(file.json, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "no-store",
    },
  });
}
