import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";
import { contentMatches } from "@/modules/plan/evidence";
import { MAX_ATTACHMENTS } from "./constants";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
// Screenshots, documents and logs people attach; nothing a browser would run (no HTML, no SVG).
const ALLOWED = /^(image\/(png|jpeg|gif|webp)|application\/pdf|text\/(plain|csv)|application\/(zip|vnd\.openxmlformats-officedocument\.[a-z.]+|msword|vnd\.ms-excel))$/;

/**
 * Checks every file before storing any (one bad file stores nothing), then stores each in its own
 * StoredFile row with a sha256 checksum and links it to the issue (and comment).
 */
export async function storeAttachments(ctx: ActionContext, issueId: string, files: File[], commentId: string | null = null) {
  if (files.length > MAX_ATTACHMENTS) throw new ActionError("issues.errors.tooManyFiles", { max: MAX_ATTACHMENTS }, "attachments");
  const checked: { file: File; data: Buffer<ArrayBuffer>; contentType: string }[] = [];
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      throw new ActionError("issues.errors.fileTooLarge", { name: file.name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }, "attachments");
    }
    const contentType = file.type || "application/octet-stream";
    const data = Buffer.from(await file.arrayBuffer());
    if (!ALLOWED.test(contentType) || !contentMatches(contentType, data)) {
      throw new ActionError("issues.errors.fileType", { name: file.name }, "attachments");
    }
    checked.push({ file, data, contentType });
  }
  for (const { file, data, contentType } of checked) {
    const stored = await ctx.tx.storedFile.create({
      data: {
        fileName: file.name.slice(0, 255) || "attachment",
        contentType,
        size: data.length,
        sha256: createHash("sha256").update(data).digest("hex"),
        data,
        uploadedById: ctx.actor.id,
      },
      select: { id: true },
    });
    await ctx.tx.issueAttachment.create({ data: { issueId, commentId, fileId: stored.id } });
  }
  return checked.length;
}
