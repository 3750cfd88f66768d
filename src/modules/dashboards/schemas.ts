import { z } from "zod";
import { parseMonth } from "./month";

// Inputs of the monthly review's actions, shared by the forms and the server actions.

const ZMonth = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const day = parseMonth(v);
    if (!day) ctx.addIssue({ code: "custom", message: "errors.field.invalid" });
    return day ?? "";
  });

const optionalUuid = z.preprocess((v) => (v === "" || v == null ? null : v), z.uuid().nullable());
const optionalDay = z.preprocess((v) => (v === "" || v == null ? null : v), z.iso.date().nullable());
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The review's summary and one comment per KPI (form fields "comment_<kpiId>"); version 0 creates the review. */
export const ZSaveReview = z.preprocess(
  (raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const comments = Object.entries(r)
      .filter(([k]) => k.startsWith("comment_"))
      .map(([k, v]) => ({ kpiId: k.slice("comment_".length), body: typeof v === "string" ? v : "" }));
    return { month: r.month, version: r.version, summary: r.summary ?? "", comments };
  },
  z.object({
    month: ZMonth,
    version: z.coerce.number().int().min(0),
    summary: z.string().trim().max(10_000),
    comments: z.array(z.object({ kpiId: z.uuid(), body: z.string().trim().max(2_000) })).max(200),
  }),
);

const actionFields = {
  title: z.string().trim().min(1).max(200),
  ownerId: optionalUuid,
  dueDate: optionalDay,
};

export const ZAddReviewAction = z.object({ month: ZMonth, ...actionFields });

/**
 * An action row has no version column, so the form sends the row as it was shown ("stamp"): the save is
 * refused when the row has changed since, exactly as a version check would.
 */
export const ZUpdateReviewAction = z.object({ id: z.uuid(), stamp: z.string().min(1).max(1000), ...actionFields, done: checkbox });

export const ZRemoveReviewAction = z.object({ id: z.uuid(), stamp: z.string().min(1).max(1000) });

export type SaveReviewInput = z.output<typeof ZSaveReview>;
