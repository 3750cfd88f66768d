import { z } from "zod";

// Shared by the send form (field names) and the action (validation).
export const ZSendDailyReport = z.object({
  day: z.iso.date({ message: "errors.field.date" }),
  note: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .transform((v) => (v ? v : null)),
});
