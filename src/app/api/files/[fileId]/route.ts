import { z } from "zod";
import { db } from "@/server/db";
import { requireApiPermission } from "@/server/api";

/** Downloads an evidence file; always as an attachment, so an uploaded file never runs in the portal's origin. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const guard = await requireApiPermission("plan.read");
  if ("response" in guard) return guard.response;
  const id = z.uuid().safeParse((await params).fileId);
  if (!id.success) return Response.json({ error: "not found" }, { status: 404 });
  const file = await db.storedFile.findUnique({ where: { id: id.data } });
  if (!file) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.size),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
