import { z } from "zod";
import { ROLES } from "@/server/permissions";

// Shared by the forms (field names) and the actions (validation).
export const ZPassword = z
  .string()
  .min(10, { message: "errors.password.tooShort" })
  .max(200)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: "errors.password.weak" });

const ZVersion = z.coerce.number().int().positive();
const ZId = z.uuid();

export const ZCreateUser = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  departmentId: ZId,
  password: ZPassword,
});

export const ZUpdateUser = z.object({
  id: ZId,
  version: ZVersion,
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  departmentId: ZId,
});

export const ZSetUserActive = z.object({
  id: ZId,
  version: ZVersion,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const ZResetPassword = z.object({ id: ZId, version: ZVersion, password: ZPassword });

export const ZChangeOwnPassword = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: ZPassword, confirmPassword: z.string().min(1).max(200) })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "errors.password.mismatch", path: ["confirmPassword"] });
