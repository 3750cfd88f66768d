import type { IssuePriority, IssueStatus } from "@/generated/prisma/enums";
import { first, optionalId } from "@/lib/list-params";
import { ERP_MODULES, PRIORITIES, STATUSES } from "./constants";

/** The queues a user can pick; which ones a role sees is decided by `viewsFor`. */
export const ISSUE_VIEWS = ["mine", "watching", "department", "assigned", "group", "unassigned", "breaching", "all"] as const;
export type IssueView = (typeof ISSUE_VIEWS)[number];

export const ISSUE_SORTS = ["number", "createdAt", "updatedAt", "priority", "status", "due", "module"] as const;
export type IssueSort = (typeof ISSUE_SORTS)[number];

export interface IssueFilter {
  view: IssueView;
  q: string;
  /** "open" (any open status), one status, or undefined for every status. */
  status?: IssueStatus | "open";
  module?: (typeof ERP_MODULES)[number];
  priority?: IssuePriority;
  departmentId?: string;
  reporterId?: string;
  /** Local calendar days (YYYY-MM-DD), inclusive, on the filing date. */
  from?: string;
  to?: string;
}

type Raw = Record<string, string | string[] | undefined>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads the list's query string; unknown values are ignored rather than refused (a bookmark stays usable). */
export function parseIssueFilter(raw: Raw, q: string, views: readonly IssueView[]): IssueFilter {
  const status = first(raw.status);
  const from = first(raw.from);
  const to = first(raw.to);
  return {
    view: oneOf(views, first(raw.view)) ?? views[0],
    q,
    status: status === "open" ? "open" : oneOf(STATUSES, status),
    module: oneOf(ERP_MODULES, first(raw.module)),
    priority: oneOf(PRIORITIES, first(raw.priority)),
    departmentId: optionalId(raw.department),
    reporterId: optionalId(raw.reporter),
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
  };
}

/** "ISS-123", "#123" or "123" searches by number; anything else by words in title and description. */
export function searchTerms(q: string): { number?: number; words: string[] } {
  const m = /^(?:ISS-|#)?(\d{1,9})$/i.exec(q.trim());
  if (m) return { number: Number(m[1]), words: [] };
  return { words: q.split(/\s+/).map((w) => w.trim()).filter(Boolean).slice(0, 5) };
}
