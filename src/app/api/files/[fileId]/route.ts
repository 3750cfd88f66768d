import { z } from "zod";
import { attachmentVisibleTo } from "@/modules/issues/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getActor } from "@/server/session";

/**
 * Downloads a stored file; always as an attachment, so an uploaded file never runs in the portal's origin.
 * An issue attachment follows its issue's visibility (and a note's file the notes'); plan evidence needs plan.read.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const id = z.uuid().safeParse((await params).fileId);
  if (!id.success) return Response.json({ error: "not found" }, { status: 404 });
  const issueAccess = await attachmentVisibleTo(actor, id.data);
  if (issueAccess === false) return Response.json({ error: "not found" }, { status: 404 });
  if (issueAccess === null && !can(actor.role, "plan.read")) return Response.json({ error: "forbidden" }, { status: 403 });
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
