import { z } from "zod";
import { MAX_API_VALUES } from "./limits";

// Inputs of the import form and the REST endpoint. Cells stay loose here: the row validator checks
// them one by one, so every bad row is reported with its position instead of one zod failure.

const ZFile = z.custom<File>((v) => v instanceof File && v.size > 0, { message: "errors.field.required" });
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const ZImportValues = z.object({
  file: ZFile,
  /** Check the file and show what it would do, without writing. */
  validateOnly: checkbox.optional().default(false),
});

const cell = z.union([z.string().max(4000), z.number(), z.null()]).optional();

export const ZPushValues = z.object({
  values: z
    .array(z.object({ kpi: cell, period: cell, value: cell, note: cell }))
    .min(1)
    .max(MAX_API_VALUES),
});
