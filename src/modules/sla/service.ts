import "server-only";
// What the issues module asks of the SLA configuration: which policy an issue falls under, its due
// times, and where it is routed. Reads only, in the caller's transaction, no caching: a change in
// the settings applies to the next issue at once.
import type { ErpModule, IssuePriority, IssueType } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { env } from "@/server/env";
import { ActionError } from "@/server/errors";
import { slaDeadline, type SlaPause, type SlaRules } from "./clock";
import { toSlaRules } from "./rules";

export interface SlaTargetMinutes {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/** A policy's clock rules (usable as SlaRules) with its identity and targets per priority. */
export interface PolicyRules extends SlaRules {
  policyId: string;
  code: string;
  targets: Partial<Record<IssuePriority, SlaTargetMinutes>>;
}

export interface Deadline {
  dueAt: Date;
  warnAt: Date;
}

/** Loads a policy with its targets and its calendar's days. Throws errors.notFound for an unknown id. */
export async function loadRules(tx: Tx, policyId: string): Promise<PolicyRules> {
  const policy = await tx.slaPolicy.findUnique({
    where: { id: policyId },
    include: { targets: true, calendar: { include: { days: { select: { date: true, kind: true } } } } },
  });
  if (!policy) throw new ActionError("errors.notFound");
  const targets: PolicyRules["targets"] = {};
  for (const t of policy.targets) targets[t.priority] = { firstResponseMinutes: t.firstResponseMinutes, resolutionMinutes: t.resolutionMinutes };
  return { ...toSlaRules(policy, env().PORTAL_TIME_ZONE), policyId: policy.id, code: policy.code, targets };
}

/**
 * The policy for an issue filed at `filedAt`: an active policy whose window holds it
 * (validFrom ≤ filedAt < validTo; windows cannot overlap, the latest start wins if they ever do),
 * else the active default. Throws sla.errors.noPolicy when neither exists.
 */
export async function pickPolicy(tx: Tx, filedAt: Date): Promise<{ id: string }> {
  const windowed = await tx.slaPolicy.findFirst({
    where: { active: true, validFrom: { lte: filedAt }, validTo: { gt: filedAt } },
    orderBy: [{ validFrom: "desc" }, { code: "asc" }],
    select: { id: true },
  });
  if (windowed) return windowed;
  const fallback = await tx.slaPolicy.findFirst({ where: { active: true, isDefault: true }, orderBy: { code: "asc" }, select: { id: true } });
  if (!fallback) throw new ActionError("sla.errors.noPolicy");
  return fallback;
}

/** Both clocks of an issue under a policy; pauses stop both. Throws sla.errors.noTarget if the policy lacks the priority. */
export async function issueDeadlines(
  tx: Tx,
  input: { policyId: string; priority: IssuePriority; startedAt: Date; pauses: readonly SlaPause[] },
): Promise<{ firstResponse: Deadline; resolution: Deadline }> {
  const rules = await loadRules(tx, input.policyId);
  return deadlinesFor(rules, input);
}

/** The same computation for rules already loaded (e.g. many issues of one policy). */
export function deadlinesFor(
  rules: PolicyRules,
  input: { priority: IssuePriority; startedAt: Date; pauses: readonly SlaPause[] },
): { firstResponse: Deadline; resolution: Deadline } {
  const target = rules.targets[input.priority];
  if (!target) throw new ActionError("sla.errors.noTarget", { priority: input.priority, policy: rules.code });
  const base = { startedAt: input.startedAt, pauses: input.pauses };
  return {
    firstResponse: slaDeadline(rules, { ...base, metric: "FIRST_RESPONSE", targetMinutes: target.firstResponseMinutes }),
    resolution: slaDeadline(rules, { ...base, metric: "RESOLUTION", targetMinutes: target.resolutionMinutes }),
  };
}

/**
 * Routing: among rules for the issue's module whose type is the issue's type or empty, the lowest
 * position wins — the list is read top to bottom like a mail filter, so a type-specific rule must sit
 * above the module's catch-all (the settings page flags rules that can never match). Rules of
 * inactive groups are skipped; an inactive assignee leaves the issue in the group's queue.
 */
export async function routeIssue(tx: Tx, input: { module: ErpModule; type?: IssueType | null }): Promise<{ groupId: string | null; assigneeId: string | null }> {
  const rule = await tx.routingRule.findFirst({
    where: { module: input.module, ...(input.type ? { OR: [{ type: input.type }, { type: null }] } : { type: null }), group: { active: true } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { groupId: true, assigneeId: true, assignee: { select: { active: true } } },
  });
  if (!rule) return { groupId: null, assigneeId: null };
  return { groupId: rule.groupId, assigneeId: rule.assignee?.active ? rule.assigneeId : null };
}
