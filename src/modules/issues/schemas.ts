import { z } from "zod";
import { ERP_MODULES, IMPACTS, ISSUE_TYPES, MAX_DESCRIPTION, PRIORITIES, STATUSES, URGENCIES } from "./constants";

// One schema per input, shared by the forms, the server actions and the REST endpoint.
const id = z.uuid();
const version = z.coerce.number().int().min(1);
const text = (max: number) => z.string().trim().min(1).max(max);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const ZFileIssue = z.object({
  title: text(200),
  description: text(MAX_DESCRIPTION),
  module: z.enum(ERP_MODULES),
  type: z.enum(ISSUE_TYPES),
  impact: z.enum(IMPACTS),
  urgency: z.enum(URGENCIES).default("MEDIUM"),
  projectId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
});
export type TFileIssue = z.infer<typeof ZFileIssue>;

export const ZComment = z.object({ issueId: id, body: text(MAX_DESCRIPTION), internal: checkbox.default(false) });

export const ZAssign = z.object({
  issueId: id,
  version,
  assigneeId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
  groupId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
});

export const ZSetPriority = z.object({ issueId: id, version, priority: z.enum(PRIORITIES), reason: text(500) });

export const ZTransition = z.object({
  issueId: id,
  version,
  to: z.enum(STATUSES),
  /** Shown to the reporter (e.g. the resolution or the question waited on). */
  comment: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), text(MAX_DESCRIPTION).optional()),
});

export const ZMarkDuplicate = z.object({ issueId: id, version, duplicateOf: z.coerce.number().int().min(1) });

export const ZIssueRef = z.object({ issueId: id });
export const ZReopen = z.object({ issueId: id, reason: text(2000) });
export const ZRate = z.object({
  issueId: id,
  score: z.coerce.number().int().min(1).max(5),
  comment: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(2000).default("")),
});
export const ZWatch = z.object({ issueId: id, watch: checkbox });
