import { z } from "zod";

// Shared by the forms (field names, limits) and the actions (validation). Size and type of an
// uploaded file are checked in the action, where the message can say the limit.

export const MAX_XLSX_MB = 5;
export const MAX_JSON_MB = 1;

const ZFile = z.custom<File>((v) => v instanceof File && v.size > 0, { message: "errors.field.required" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const ZImportPlanXlsx = z.object({
  file: ZFile,
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(160),
});

export const ZSaveAsTemplate = z.object({
  projectId: z.uuid(),
  name: z.string().trim().min(1).max(120),
  description: optionalText(2000),
});

export const ZImportTemplateJson = z.object({
  file: ZFile,
  name: optionalText(120),
  description: optionalText(2000),
});
