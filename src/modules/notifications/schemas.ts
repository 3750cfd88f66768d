import { z } from "zod";

// Shared by the forms (field names) and the actions (validation).
const ZId = z.uuid();
const ZVersion = z.coerce.number().int().positive();
const ZName = z.string().trim().min(1).max(120);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZMarkRead = z.object({ id: ZId });

/** "Mark all as read" covers what the user saw: notifications that arrive meanwhile stay unread. */
export const ZMarkAllRead = z.object({ before: z.iso.datetime() });

export const WEBHOOK_FORMATS = ["WECOM", "DINGTALK", "FEISHU", "SLACK"] as const;

// Checked for being an http(s) address in the action, where the module's own error text is at hand.
const ZWebhookUrl = z.string().trim().min(1).max(500);

export function isWebhookUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0 && !url.username && !url.password;
}

export const ZCreateWebhook = z.object({ name: ZName, format: z.enum(WEBHOOK_FORMATS), url: ZWebhookUrl });

/** The URL holds the chat's secret key: left empty, the stored one is kept. */
export const ZUpdateWebhook = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName,
  format: z.enum(WEBHOOK_FORMATS),
  url: z.preprocess(emptyToUndefined, ZWebhookUrl.optional()),
});

export const ZSetWebhookActive = z.object({ id: ZId, version: ZVersion, active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const ZDeleteWebhook = z.object({ id: ZId, version: ZVersion });
export const ZTestWebhook = z.object({ id: ZId });

export const ZCreateToken = z.object({
  name: ZName,
  userId: ZId,
  /** Last day the token works (portal time zone); empty = no expiry. */
  expiresOn: z.preprocess(emptyToUndefined, z.iso.date({ message: "errors.field.date" }).optional()),
});
export const ZRevokeToken = z.object({ id: ZId });
export const ZRetryMessage = z.object({ id: ZId });
