import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
// Documents and pictures people attach as evidence; nothing a browser would run.
const ALLOWED = /^(application\/pdf|image\/(png|jpeg|gif|webp)|text\/plain|text\/csv|application\/(zip|vnd\.openxmlformats-officedocument\.[a-z.]+|msword|vnd\.ms-excel|vnd\.ms-powerpoint))$/;

/** Stores an uploaded evidence file in its own row (with a checksum); null when none was sent. */
export async function storeUpload(ctx: ActionContext, file: File | null, field = "evidenceFile") {
  if (!file) return null;
  if (file.size > MAX_EVIDENCE_BYTES) throw new ActionError("errors.plan.fileTooLarge", { max: 10 }, field);
  const contentType = file.type || "application/octet-stream";
  if (!ALLOWED.test(contentType)) throw new ActionError("errors.plan.fileType", {}, field);
  const data = Buffer.from(await file.arrayBuffer());
  return ctx.tx.storedFile.create({
    data: {
      fileName: file.name.slice(0, 255) || "evidence",
      contentType,
      size: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
      uploadedById: ctx.actor.id,
    },
    select: { id: true, fileName: true },
  });
}
