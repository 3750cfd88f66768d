import type { z } from "zod";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Zod issue → a localized sentence. Schemas may set a message that is itself a catalogue key ("errors.…"). */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message?.startsWith("errors.")) return t(issue.message);
  switch (issue.code) {
    case "invalid_type":
      return t(issue.input === undefined || issue.input === null || issue.input === "" ? "errors.field.required" : "errors.field.invalid");
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return t("errors.field.required");
      return t(issue.origin === "string" ? "errors.field.tooShort" : "errors.field.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return t(issue.origin === "string" ? "errors.field.tooLong" : "errors.field.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return t(issue.format === "email" ? "errors.field.email" : "errors.field.invalid");
    case "invalid_value":
      return t("errors.field.choice");
    default:
      return t("errors.field.invalid");
  }
}

/** First message per top-level field, ready to show under each input. */
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    out[field] ??= issueMessage(issue, t);
  }
  return out;
}

/** FormData → plain object; repeated names become arrays, files are kept as File. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's internal fields
    const values = form.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
