import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SlaMetric } from "@/generated/prisma/enums";
import { DEFAULT_LOCALE } from "@/i18n/config";
import { writeAudit } from "@/server/audit";
import { db, type Tx } from "@/server/db";
import { env } from "@/server/env";
import { absoluteLink } from "./links";
import { choosePmRecipients, escalationRecipients, reachedThresholds, type Threshold } from "./recipients";
import { formatDateTime, looseTranslator } from "./render";
import { broadcast, notify } from "./service";

interface DueIssue {
  id: string;
  number: number;
  title: string;
  priority: string;
  assigneeId: string | null;
  groupId: string | null;
  projectId: string | null;
  reopenCount: number;
  firstResponseWarnAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionWarnAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
}

/** Issues locked per sweep; the rest wait for the next minute (keeps one transaction short). */
const BATCH = 200;

// The highest threshold a clock has reached, in SQL: an issue is a candidate while the escalation
// row for that threshold (this reopen cycle) is missing. The rules themselves live in recipients.ts.
function reachedSql(warn: string, due: string): string {
  return `CASE
      WHEN i."${due}" IS NULL OR i."${due}" > $1 THEN 75
      WHEN i."${due}" + 2 * GREATEST(i."${due}" - COALESCE(i."${warn}", i."${due}"), interval '0') <= $1 THEN 150
      ELSE 100 END`;
}

function clockSql(metric: SlaMetric, warn: string, due: string, done: string) {
  return `(i."${done}" IS NULL AND COALESCE(i."${warn}", i."${due}") <= $1 AND NOT EXISTS (
      SELECT 1 FROM "IssueEscalation" e
      WHERE e."issueId" = i.id AND e.metric = '${metric}' AND e.cycle = i."reopenCount" AND e.threshold = ${reachedSql(warn, due)}))`;
}

const LOCK_DUE_ISSUES = `
  SELECT i.id, i.number, i.title, i.priority::text AS priority, i."assigneeId", i."groupId", i."projectId", i."reopenCount",
         i."firstResponseWarnAt", i."firstResponseDueAt", i."resolutionWarnAt", i."resolutionDueAt", i."firstRespondedAt", i."resolvedAt"
  FROM "Issue" i
  WHERE i.status NOT IN ('RESOLVED', 'CLOSED', 'DUPLICATE')
    AND i."slaPausedAt" IS NULL
    AND (${clockSql("FIRST_RESPONSE", "firstResponseWarnAt", "firstResponseDueAt", "firstRespondedAt")}
      OR ${clockSql("RESOLUTION", "resolutionWarnAt", "resolutionDueAt", "resolvedAt")})
  ORDER BY i.number
  LIMIT ${BATCH}
  FOR UPDATE OF i SKIP LOCKED`;

interface Clock {
  metric: SlaMetric;
  warnAt: Date | null;
  dueAt: Date | null;
}

function openClocks(issue: DueIssue): Clock[] {
  const clocks: Clock[] = [];
  if (!issue.firstRespondedAt) clocks.push({ metric: "FIRST_RESPONSE", warnAt: issue.firstResponseWarnAt, dueAt: issue.firstResponseDueAt });
  if (!issue.resolvedAt) clocks.push({ metric: "RESOLUTION", warnAt: issue.resolutionWarnAt, dueAt: issue.resolutionDueAt });
  return clocks;
}

/** Looks people up once per sweep. */
class People {
  private users = new Map<string, { id: string; active: boolean } | null>();
  private leads = new Map<string, string | null>();
  private pms = new Map<string, string[]>();
  constructor(private readonly tx: Tx) {}

  async user(id: string | null) {
    if (!id) return null;
    if (!this.users.has(id)) this.users.set(id, await this.tx.user.findUnique({ where: { id }, select: { id: true, active: true } }));
    return this.users.get(id) ?? null;
  }

  async groupLead(groupId: string | null) {
    if (!groupId) return null;
    if (!this.leads.has(groupId)) this.leads.set(groupId, (await this.tx.supportGroup.findUnique({ where: { id: groupId }, select: { leadId: true } }))?.leadId ?? null);
    return this.user(this.leads.get(groupId) ?? null);
  }

  async projectManagers(projectId: string | null): Promise<string[]> {
    const key = projectId ?? "";
    if (!this.pms.has(key)) {
      const project = projectId ? await this.tx.project.findUnique({ where: { id: projectId }, select: { managerId: true } }) : null;
      const live = await this.tx.project.findMany({
        where: { status: { in: ["ACTIVE", "HYPERCARE"] } },
        orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
        select: { managerId: true },
        take: 20,
      });
      const everyPm = await this.tx.user.findMany({ where: { role: "PROJECT_MANAGER", active: true }, select: { id: true }, orderBy: { name: "asc" } });
      const ids = [project?.managerId, ...live.map((p) => p.managerId)].filter((x): x is string => Boolean(x));
      const people = new Map((await this.tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, active: true } })).map((u) => [u.id, u]));
      this.pms.set(
        key,
        choosePmRecipients({
          projectManager: project ? (people.get(project.managerId) ?? null) : null,
          liveProjectManagers: live.map((p) => people.get(p.managerId)).filter((p): p is { id: string; active: boolean } => Boolean(p)),
          activeProjectManagers: everyPm.map((u) => u.id),
        }),
      );
    }
    return this.pms.get(key)!;
  }
}

const KIND: Record<Threshold, "sla.warning" | "sla.breached" | "sla.escalatedToPm"> = { 75: "sla.warning", 100: "sla.breached", 150: "sla.escalatedToPm" };
const BREACH_COLUMN: Record<SlaMetric, string> = { FIRST_RESPONSE: "firstResponseBreachedAt", RESOLUTION: "resolutionBreachedAt" };

/** P1/P2 breaches also go to the team chats (in the portal's default language). */
async function broadcastBreach(tx: Tx, issue: DueIssue, clock: Clock, key: string) {
  if (issue.priority !== "P1" && issue.priority !== "P2") return;
  const t = looseTranslator(DEFAULT_LOCALE);
  const values = {
    number: issue.number,
    title: issue.title,
    priority: issue.priority,
    metric: t(`notifications.metrics.${clock.metric}`),
    dueAt: clock.dueAt ? formatDateTime(clock.dueAt, DEFAULT_LOCALE, env().PORTAL_TIME_ZONE) : "",
    url: absoluteLink(`/issues/${issue.id}`),
  };
  await broadcast(tx, { subject: t("notifications.broadcast.breached.subject", values), markdown: t("notifications.broadcast.breached.markdown", values), dedupeKey: key });
}

async function escalate(tx: Tx, people: People, issue: DueIssue, clock: Clock, threshold: Threshold) {
  const key = `sla:${issue.id}:${clock.metric}:${threshold}:${issue.reopenCount}`;
  if (threshold === 100) {
    const column = Prisma.raw(`"${BREACH_COLUMN[clock.metric]}"`);
    // Recorded once and never cleared or moved (no version bump: nobody's open form goes stale).
    await tx.$executeRaw`UPDATE "Issue" SET ${column} = COALESCE(${column}, ${clock.dueAt}) WHERE id = ${issue.id}::uuid`;
    await tx.issueEvent.create({ data: { issueId: issue.id, kind: "BREACHED", toValue: clock.metric } });
    await broadcastBreach(tx, issue, clock, key);
  }
  const recipients = escalationRecipients(threshold, {
    assignee: await people.user(issue.assigneeId),
    groupLead: await people.groupLead(issue.groupId),
    pms: await people.projectManagers(issue.projectId),
  });
  await notify(tx, {
    userIds: recipients,
    kind: KIND[threshold],
    params: { number: issue.number, title: issue.title, metric: clock.metric, ...(threshold === 75 && clock.dueAt ? { dueAt: clock.dueAt.toISOString() } : {}) },
    issueId: issue.id,
    dedupeKey: key,
  });
  await tx.issueEvent.create({ data: { issueId: issue.id, kind: "ESCALATED", fromValue: clock.metric, toValue: String(threshold) } });
  await writeAudit(tx, { actorId: null, actorEmail: null }, {
    action: "escalate",
    entityType: "Issue",
    entityId: issue.id,
    after: { number: issue.number, metric: clock.metric, threshold, cycle: issue.reopenCount, dueAt: clock.dueAt, recipients },
  });
}

/**
 * One sweep over the SLA clocks, in one transaction: every open, unpaused issue whose first response
 * or resolution clock has reached 75 %, 100 % or 150 % is escalated once per threshold and reopen
 * cycle. The IssueEscalation row (unique per issue, metric, threshold, cycle, inserted with ON CONFLICT
 * DO NOTHING) is the proof it happened: people are notified only when that insert went in, so
 * concurrent sweeps on several instances, retries and restarts never notify twice.
 */
export async function runEscalationSweep(now: Date): Promise<{ escalated: number }> {
  return db.$transaction(
    async (tx) => {
      const issues = await tx.$queryRawUnsafe<DueIssue[]>(LOCK_DUE_ISSUES, now);
      const people = new People(tx);
      let escalated = 0;
      for (const issue of issues) {
        for (const clock of openClocks(issue)) {
          const reached = reachedThresholds(now, clock.warnAt, clock.dueAt);
          for (const threshold of reached) {
            const { count } = await tx.issueEscalation.createMany({
              data: [{ issueId: issue.id, metric: clock.metric, threshold, cycle: issue.reopenCount }],
              skipDuplicates: true,
            });
            if (count === 0) continue;
            escalated++;
            // A warning first seen after the deadline is stale: recorded as done, not sent.
            if (threshold === 75 && reached.includes(100)) continue;
            await escalate(tx, people, issue, clock, threshold);
          }
        }
      }
      return { escalated };
    },
    { timeout: 120_000 },
  );
}
