import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ErpModule } from "@/generated/prisma/enums";
import { OPEN_STATUSES } from "@/modules/issues/constants";

// SQL shared by the dashboard and the daily report, so every number means the same thing everywhere.
//
// - open: the issue's current status is an open one (NEW … REOPENED).
// - done_at: when a no-longer-open issue left the open states (resolved, else closed, else — for a
//   duplicate that carries neither — its last update). Backlog, "resolved per day" and the daily report
//   all use it, so the end-of-day backlog always equals yesterday's + filed − done.
// - *_breach_at: the breach recorded by the SLA job, or — if the job has not run yet — the due time
//   when the response/resolution came (or, still missing, is) later than it. A paused clock stops at
//   the pause. Duplicates are outside the SLA.
// - *_done: the response/resolution has happened, so the issue counts as met unless breached.
//   Issues neither done nor breached are pending and excluded from compliance.

const OPEN_LIST = Prisma.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(","));
export const IS_OPEN = Prisma.sql`i.status IN (${OPEN_LIST})`;

export interface IssueScope {
  module?: ErpModule;
  departmentId?: string;
}

/** "AND …" conditions on alias i for the module/department filters (empty when unfiltered). */
export function scopeSql(scope: IssueScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.module) parts.push(Prisma.sql`AND i.module = ${scope.module}::"ErpModule"`);
  if (scope.departmentId) parts.push(Prisma.sql`AND i."departmentId" = ${scope.departmentId}::uuid`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** The instant a local calendar day ("YYYY-MM-DD") begins in the zone. */
export function dayStart(day: string, tz: string): Prisma.Sql {
  return Prisma.sql`(${day}::date::timestamp AT TIME ZONE ${tz})`;
}

/** The local calendar day of a timestamptz expression. */
export function localDay(expr: Prisma.Sql, tz: string): Prisma.Sql {
  return Prisma.sql`(${expr} AT TIME ZONE ${tz})::date`;
}

/** The Monday of the local ISO week of a timestamptz expression. */
export function localWeek(expr: Prisma.Sql, tz: string): Prisma.Sql {
  return Prisma.sql`date_trunc('week', ${expr} AT TIME ZONE ${tz})::date`;
}

const DONE_AT = Prisma.sql`CASE WHEN ${IS_OPEN} THEN NULL ELSE COALESCE(i."resolvedAt", i."closedAt", i."updatedAt") END`;

/**
 * `WITH m AS (…)`: one row per issue in scope with its derived SLA columns. `extraWhere` narrows the
 * scan (e.g. to issues touching a period) so the indexes on createdAt/resolvedAt/status can serve it.
 */
export function metricsCte(scope: IssueScope, now: Date, extraWhere: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const at = Prisma.sql`${now}::timestamptz`;
  return Prisma.sql`
    WITH m AS (
      SELECT i.id, i.number, i.title, i.module, i.priority, i.status, i."createdAt", i."resolvedAt",
             i."firstRespondedAt", i."csatScore", i."csatAt", i."csatComment", i."assigneeId", i."slaPausedAt",
             i."firstResponseWarnAt", i."resolutionWarnAt", i."slaPolicyId",
             d.done_at,
             ${IS_OPEN} AS is_open,
             (i.status = 'DUPLICATE') AS is_duplicate,
             (i.status IN ('RESOLVED','CLOSED') AND i."resolvedAt" IS NOT NULL) AS is_resolved,
             CASE WHEN i.status <> 'DUPLICATE' THEN COALESCE(i."firstResponseBreachedAt",
               CASE WHEN COALESCE(i."firstRespondedAt", d.done_at, i."slaPausedAt", ${at}) > i."firstResponseDueAt"
                    THEN i."firstResponseDueAt" END) END AS fr_breach_at,
             (i.status <> 'DUPLICATE' AND COALESCE(i."firstRespondedAt", d.done_at) IS NOT NULL) AS fr_done,
             COALESCE(i."firstRespondedAt", d.done_at) AS responded_at,
             CASE WHEN i.status <> 'DUPLICATE' THEN COALESCE(i."resolutionBreachedAt",
               CASE WHEN COALESCE(d.done_at, i."slaPausedAt", ${at}) > i."resolutionDueAt"
                    THEN i."resolutionDueAt" END) END AS res_breach_at,
             (i.status <> 'DUPLICATE' AND d.done_at IS NOT NULL) AS res_done
      FROM "Issue" i
      CROSS JOIN LATERAL (SELECT ${DONE_AT} AS done_at) d
      WHERE TRUE ${scopeSql(scope)} ${extraWhere}
    )`;
}
