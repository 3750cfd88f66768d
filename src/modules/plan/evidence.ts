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
  if (!contentMatches(contentType, data)) throw new ActionError("errors.plan.fileType", {}, field);
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

// The declared type must match the file's first bytes: a script renamed to .pdf is refused.
const MAGIC: [RegExp, (b: Buffer) => boolean][] = [
  [/^application\/pdf$/, (b) => b.subarray(0, 5).toString("latin1") === "%PDF-"],
  [/^image\/png$/, (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  [/^image\/jpeg$/, (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [/^image\/gif$/, (b) => b.subarray(0, 4).toString("latin1") === "GIF8"],
  [/^image\/webp$/, (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP"],
  [/^application\/(zip|vnd\.openxmlformats-officedocument\..+)$/, (b) => b[0] === 0x50 && b[1] === 0x4b],
  [/^application\/(msword|vnd\.ms-excel|vnd\.ms-powerpoint)$/, (b) => b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))],
  [/^text\//, (b) => !b.subarray(0, 8192).includes(0)],
];

export function contentMatches(contentType: string, data: Buffer): boolean {
  const rule = MAGIC.find(([type]) => type.test(contentType));
  return rule ? rule[1](data) : false;
}
