import { beforeEach, describe, expect, it } from "vitest";
import { runEscalationSweep } from "@/modules/notifications/escalation";
import { db, makeUser } from "../support/db";
import { makeIssue, makeProject, makeSupportCast, minutesAgo, resetNotifyState } from "../support/notify";

// The SLA sweep against a real database: thresholds, who hears what, breaches recorded once.

type Cast = Awaited<ReturnType<typeof makeSupportCast>>;
let cast: Cast;

beforeEach(async () => {
  await resetNotifyState();
  cast = await makeSupportCast();
});

function issueFor(c: Cast, extra: Partial<Parameters<typeof makeIssue>[0]> = {}) {
  return makeIssue({ reporterId: c.reporter.id, departmentId: c.department.id, policyId: c.policy.id, assigneeId: c.assignee.id, groupId: c.group.id, projectId: c.project.id, ...extra });
}

async function inbox(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

describe("escalation sweep", () => {
  it("warns the assignee at 75 % and does nothing before", async () => {
    const now = new Date();
    // 4-hour target started 2 h ago: 50 %, nothing yet.
    const early = await issueFor(cast, { resolution: { startedAt: minutesAgo(120, now), targetMinutes: 240 } });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 0 });

    // 3.5 h in: past 75 %.
    await db.issue.update({ where: { id: early.id }, data: { resolutionWarnAt: minutesAgo(30, now), resolutionDueAt: new Date(now.getTime() + 30 * 60_000) } });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 1 });
    const [n] = await inbox(cast.assignee.id);
    expect(n).toMatchObject({ kind: "sla.warning", issueId: early.id, link: `/issues/${early.id}`, readAt: null });
    expect(n!.params).toMatchObject({ number: early.number, title: early.title, metric: "RESOLUTION" });
    expect(await inbox(cast.lead.id)).toHaveLength(0);
    expect(await inbox(cast.pm.id)).toHaveLength(0);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: early.id } });
    expect(issue.resolutionBreachedAt).toBeNull();

    // The next minute's sweep finds nothing new.
    expect(await runEscalationSweep(new Date(now.getTime() + 60_000))).toEqual({ escalated: 0 });
    expect(await inbox(cast.assignee.id)).toHaveLength(1);
  });

  it("warns the group lead when nobody is assigned", async () => {
    const now = new Date();
    await issueFor(cast, { assigneeId: null, resolution: { startedAt: minutesAgo(200, now), targetMinutes: 240 } });
    await runEscalationSweep(now);
    expect((await inbox(cast.lead.id)).map((n) => n.kind)).toEqual(["sla.warning"]);
    expect(await inbox(cast.assignee.id)).toHaveLength(0);
  });

  it("at 100 % records the breach once, notifies assignee and group lead, and never clears it", async () => {
    const now = new Date();
    const started = minutesAgo(250, now);
    const issue = await issueFor(cast, { resolution: { startedAt: started, targetMinutes: 240 } });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 2 }); // 75 % (recorded, stale, not sent) and 100 %

    const after = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(after.resolutionBreachedAt?.toISOString()).toBe(issue.resolutionDueAt!.toISOString());
    expect(after.version).toBe(issue.version); // nobody's open form goes stale
    expect((await inbox(cast.assignee.id)).map((n) => n.kind)).toEqual(["sla.breached"]);
    expect((await inbox(cast.lead.id)).map((n) => n.kind)).toEqual(["sla.breached"]);
    expect(await inbox(cast.pm.id)).toHaveLength(0);

    const events = await db.issueEvent.findMany({ where: { issueId: issue.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.fromValue, e.toValue, e.actorId])).toEqual([
      ["BREACHED", null, "RESOLUTION", null],
      ["ESCALATED", "RESOLUTION", "100", null],
    ]);
    const audit = await db.auditLog.findMany({ where: { entityType: "Issue", entityId: issue.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "escalate", actorId: null });
    expect(audit[0]!.after).toMatchObject({ metric: "RESOLUTION", threshold: 100, cycle: 0 });

    // The deadline moves later (priority lowered): the recorded breach stays as it was.
    await db.issue.update({ where: { id: issue.id }, data: { resolutionDueAt: new Date(now.getTime() + 3600_000), resolutionWarnAt: new Date(now.getTime() + 1800_000) } });
    await runEscalationSweep(new Date(now.getTime() + 60_000));
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).resolutionBreachedAt?.toISOString()).toBe(issue.resolutionDueAt!.toISOString());
    expect(await db.issueEscalation.count({ where: { issueId: issue.id } })).toBe(2);
  });

  it("at 150 % (half the target again) escalates to the project's manager", async () => {
    const now = new Date();
    // 4 h target: 150 % is 6 h after the start.
    const issue = await issueFor(cast, { resolution: { startedAt: minutesAgo(365, now), targetMinutes: 240 } });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 3 });
    expect((await inbox(cast.pm.id)).map((n) => n.kind)).toEqual(["sla.escalatedToPm"]);
    expect((await inbox(cast.assignee.id)).map((n) => n.kind)).toEqual(["sla.breached"]);
    const rows = await db.issueEscalation.findMany({ where: { issueId: issue.id }, orderBy: { threshold: "asc" } });
    expect(rows.map((r) => [r.metric, r.threshold, r.cycle])).toEqual([
      ["RESOLUTION", 75, 0],
      ["RESOLUTION", 100, 0],
      ["RESOLUTION", 150, 0],
    ]);
  });

  it("finds the PM of the most recent live project, else every active PM, when the issue has no project", async () => {
    const now = new Date();
    const older = await makeUser("PROJECT_MANAGER");
    const newer = await makeUser("PROJECT_MANAGER");
    await makeProject(older.id, "ACTIVE", "2025-06-01");
    await makeProject(newer.id, "HYPERCARE", "2026-02-01");
    await makeProject((await makeUser("PROJECT_MANAGER")).id, "CLOSED", "2026-03-01");
    await issueFor(cast, { projectId: null, resolution: { startedAt: minutesAgo(400, now), targetMinutes: 240 } });
    await runEscalationSweep(now);
    expect((await inbox(newer.id)).map((n) => n.kind)).toEqual(["sla.escalatedToPm"]);
    expect(await inbox(older.id)).toHaveLength(0);
    expect(await inbox(cast.pm.id)).toHaveLength(0);

    // No live project with an active manager: every active PM hears it.
    await db.project.updateMany({ data: { status: "CLOSED" } });
    await issueFor(cast, { projectId: null, resolution: { startedAt: minutesAgo(400, now), targetMinutes: 240 } });
    await runEscalationSweep(now);
    for (const pm of [older, newer, cast.pm]) expect((await inbox(pm.id)).filter((n) => n.kind === "sla.escalatedToPm").length).toBeGreaterThanOrEqual(1);
  });

  it("skips paused, resolved and closed issues and answered first responses", async () => {
    const now = new Date();
    const overdue = { startedAt: minutesAgo(400, now), targetMinutes: 240 };
    await issueFor(cast, { resolution: overdue, status: "WAITING_FOR_REPORTER", slaPausedAt: minutesAgo(300, now) });
    for (const status of ["RESOLVED", "CLOSED", "DUPLICATE"] as const) await issueFor(cast, { resolution: overdue, status });
    await issueFor(cast, { firstResponse: overdue, firstRespondedAt: minutesAgo(350, now) });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 0 });
    expect(await db.notification.count()).toBe(0);
    expect(await db.issueEscalation.count()).toBe(0);
  });

  it("escalates the first response clock on its own and the resolution clock separately", async () => {
    const now = new Date();
    const issue = await issueFor(cast, {
      firstRespondedAt: null,
      firstResponse: { startedAt: minutesAgo(35, now), targetMinutes: 30 },
      resolution: { startedAt: minutesAgo(35, now), targetMinutes: 480 },
    });
    expect(await runEscalationSweep(now)).toEqual({ escalated: 2 });
    const n = await inbox(cast.assignee.id);
    expect(n.map((x) => [x.kind, (x.params as { metric: string }).metric])).toEqual([["sla.breached", "FIRST_RESPONSE"]]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).firstResponseBreachedAt).not.toBeNull();
  });

  it("escalates again in a new reopen cycle, keeping the first breach", async () => {
    const now = new Date();
    const issue = await issueFor(cast, { resolution: { startedAt: minutesAgo(250, now), targetMinutes: 240 } });
    await runEscalationSweep(now);
    const firstBreach = (await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).resolutionBreachedAt;

    // Resolved, then reopened: the issues core bumps reopenCount and restarts the clock.
    const later = new Date(now.getTime() + 10 * 3600_000);
    await db.issue.update({
      where: { id: issue.id },
      data: { status: "REOPENED", reopenCount: 1, resolutionWarnAt: minutesAgo(200, later), resolutionDueAt: minutesAgo(10, later) },
    });
    expect(await runEscalationSweep(later)).toEqual({ escalated: 2 });
    expect((await inbox(cast.assignee.id)).map((n) => n.kind)).toEqual(["sla.breached", "sla.breached"]);
    const cycles = await db.issueEscalation.findMany({ where: { issueId: issue.id, threshold: 100 }, orderBy: { cycle: "asc" } });
    expect(cycles.map((c) => c.cycle)).toEqual([0, 1]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).resolutionBreachedAt).toEqual(firstBreach);
  });

  it("never notifies inactive people; the next level hears instead", async () => {
    const now = new Date();
    await db.user.update({ where: { id: cast.assignee.id }, data: { active: false } });
    await issueFor(cast, { resolution: { startedAt: minutesAgo(200, now), targetMinutes: 240 } });
    await runEscalationSweep(now);
    expect(await inbox(cast.assignee.id)).toHaveLength(0);
    expect((await inbox(cast.lead.id)).map((n) => n.kind)).toEqual(["sla.warning"]);
  });

  it("two sweeps at once escalate each threshold once", async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) await issueFor(cast, { resolution: { startedAt: minutesAgo(400, now), targetMinutes: 240 } });
    const results = await Promise.all([runEscalationSweep(now), runEscalationSweep(now), runEscalationSweep(now)]);
    expect(results.reduce((s, r) => s + r.escalated, 0)).toBe(15);
    expect(await db.issueEscalation.count()).toBe(15);
    expect(await db.notification.count({ where: { userId: cast.pm.id } })).toBe(5);
    expect(await db.notification.count({ where: { userId: cast.assignee.id } })).toBe(5);
  });
});
