import { z } from "zod";

const ZNames = {
  nameZh: z.string().trim().min(1).max(80),
  nameEn: z.string().trim().min(1).max(80),
};

export const ZCreateDepartment = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(40)
    .regex(/^[a-z][a-z0-9_-]*$/, { message: "errors.departments.codeFormat" }),
  ...ZNames,
});

export const ZUpdateDepartment = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...ZNames,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
