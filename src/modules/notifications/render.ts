import type { Locale } from "@/i18n/config";
import { translator } from "@/i18n/messages";
import { isNotificationKind, type NotificationParams } from "./kinds";

type T = (key: string, params?: Record<string, string | number>) => string;

export function looseTranslator(locale: Locale): T {
  return translator(locale) as unknown as T;
}

export function formatDateTime(value: Date | string, locale: Locale, timeZone: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

const METRICS = new Set(["FIRST_RESPONSE", "RESOLUTION"]);
const STATUSES = new Set(["NEW", "TRIAGED", "IN_PROGRESS", "WAITING_FOR_REPORTER", "RESOLVED", "CLOSED", "REOPENED", "DUPLICATE"]);

/** Parameters as a reader sees them: enum values translated, instants in the portal's zone. */
function readable(params: NotificationParams, locale: Locale, timeZone: string, t: T): NotificationParams {
  const out: NotificationParams = { ...params };
  if (typeof params.metric === "string" && METRICS.has(params.metric)) out.metric = t(`notifications.metrics.${params.metric}`);
  if (typeof params.status === "string" && STATUSES.has(params.status)) out.status = t(`notifications.statuses.${params.status}`);
  if (typeof params.dueAt === "string") out.dueAt = formatDateTime(params.dueAt, locale, timeZone);
  return out;
}

/** A notification's title and text in one language (also the e-mail's subject and first paragraph). */
export function renderNotification(locale: Locale, timeZone: string, kind: string, params: unknown): { title: string; body: string } {
  const t = looseTranslator(locale);
  const raw = (params && typeof params === "object" ? params : {}) as NotificationParams;
  const values = readable({ number: "", title: "", author: "", status: "", metric: "", dueAt: "", ...raw }, locale, timeZone, t);
  if (!isNotificationKind(kind)) return { title: t("notifications.kinds.unknown.title"), body: t("notifications.kinds.unknown.body") };
  return { title: t(`notifications.kinds.${kind}.title`, values), body: t(`notifications.kinds.${kind}.body`, values) };
}
