// Every kind of in-portal notification. Each has `notifications.kinds.<kind>.{title,body}` in both
// catalogues; the parameters each one uses are listed so callers and texts stay in step.
export const NOTIFICATION_KINDS = {
  "issue.assigned": ["number", "title"],
  "issue.commented": ["number", "title", "author"],
  "issue.statusChanged": ["number", "title", "status"],
  "issue.resolved": ["number", "title"],
  "issue.reopened": ["number", "title"],
  "sla.warning": ["number", "title", "metric", "dueAt"],
  "sla.breached": ["number", "title", "metric"],
  "sla.escalatedToPm": ["number", "title", "metric"],
  "support.dailyReport": ["day"],
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationParams = Record<string, string | number>;

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** Kinds grouped for the list filter. */
export const KIND_GROUPS = {
  issue: ["issue.assigned", "issue.commented", "issue.statusChanged", "issue.resolved", "issue.reopened"],
  sla: ["sla.warning", "sla.breached", "sla.escalatedToPm"],
  report: ["support.dailyReport"],
} as const satisfies Record<string, readonly NotificationKind[]>;
export type KindGroup = keyof typeof KIND_GROUPS;
