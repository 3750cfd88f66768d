import { z } from "zod";

const ZId = z.uuid();
const ZVersion = z.coerce.number().int().positive();
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "errors.field.date" });
const ZOptionalDay = z.union([ZDay, z.literal("")]).optional().transform((v) => (v ? v : null));
const ZOptionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : null));

export const ZCreateProject = z.object({
  templateId: ZId,
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, { message: "errors.plan.codeFormat" }),
  name: z.string().trim().min(1).max(160),
  description: ZOptionalText(4000),
  startDate: ZDay,
});

export const ZUpdateTask = z.object({
  id: ZId,
  version: ZVersion,
  title: z.string().trim().min(1).max(200),
  description: ZOptionalText(4000),
  ownerId: z.union([ZId, z.literal("")]).optional().transform((v) => (v ? v : null)),
  plannedStart: ZDay,
  plannedEnd: ZDay,
  departmentIds: z.union([ZId, z.array(ZId)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  userIds: z.union([ZId, z.array(ZId)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const ZTaskStatus = z.enum(["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE"]);

export const ZReportProgress = z.object({
  id: ZId,
  version: ZVersion,
  status: ZTaskStatus,
  progress: z.coerce.number().int().min(0).max(100),
  actualStart: ZOptionalDay,
  actualEnd: ZOptionalDay,
});

export const ZAddComment = z.object({ taskId: ZId, body: z.string().trim().min(1).max(4000) });

export const ZDependency = z.object({ predecessorId: ZId, successorId: ZId });

export const ZSubmitDeliverable = z.object({
  id: ZId,
  version: ZVersion,
  evidenceUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal("")]).optional().transform((v) => (v ? v : null)),
  note: ZOptionalText(2000),
});

export const ZDecideDeliverable = z
  .object({
    id: ZId,
    version: ZVersion,
    decision: z.enum(["ACCEPTED", "REJECTED"]),
    reason: ZOptionalText(2000),
  })
  .refine((v) => v.decision === "ACCEPTED" || v.reason, { message: "errors.plan.rejectionReason", path: ["reason"] });

export const ZGateReview = z
  .object({
    phaseId: ZId,
    decision: z.enum(["PASS", "PASS_WITH_CONDITIONS", "FAIL"]),
    conditions: ZOptionalText(4000),
    notes: ZOptionalText(4000),
  })
  .refine((v) => v.decision !== "PASS_WITH_CONDITIONS" || v.conditions, { message: "errors.plan.conditionsRequired", path: ["conditions"] });

export const ZGateCriterion = z.object({
  id: ZId,
  actual: z.union([z.coerce.number(), z.literal("")]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
  met: z.enum(["", "true", "false"]).optional().transform((v) => (v === "true" ? true : v === "false" ? false : null)),
});

export const ZStartPhase = z.object({
  phaseId: ZId,
  version: ZVersion,
  overrideReason: ZOptionalText(2000),
});

export const ZSaveBaseline = z.object({ projectId: ZId, name: z.string().trim().min(1).max(120) });

export const ZCutoverUpdate = z.object({
  id: ZId,
  version: ZVersion,
  status: z.enum(["OPEN", "DONE", "WAIVED"]),
  evidenceUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal("")]).optional().transform((v) => (v ? v : null)),
  evidenceNote: ZOptionalText(2000),
});

export const ZRecordGoLive = z.object({
  projectId: ZId,
  version: ZVersion,
  date: ZDay,
  overrideReason: ZOptionalText(2000),
});
