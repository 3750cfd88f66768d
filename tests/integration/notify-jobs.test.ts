import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEscalationSweep } from "@/modules/notifications/escalation";
import { deliverOutbox } from "@/modules/notifications/outbox";
import { JobRunner, JOBS_SCHEMA } from "@/server/jobs";
import { db } from "../support/db";
import { makeIssue, makeSupportCast, minutesAgo, resetNotifyState, startWebhookSink, waitFor } from "../support/notify";

// The real job runner (pg-boss on this database): a breach notifies exactly once, across a restart
// of the runner and with two runners (two app instances) working the same queues.

let sink: Awaited<ReturnType<typeof startWebhookSink>>;
const runners: JobRunner[] = [];

async function startRunner() {
  const runner = new JobRunner({ pollingIntervalSeconds: 0.5 });
  runners.push(runner);
  return runner.start();
}

async function completedSweeps(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE name = 'sla-sweep' AND state = 'completed'`);
  return row!.n;
}

beforeAll(async () => {
  await resetNotifyState();
  sink = await startWebhookSink();
});

afterAll(async () => {
  for (const r of runners) await r.stop();
  await sink.close();
});

describe("escalation jobs", () => {
  it("a breach notifies exactly once across a restart and with two instances", async () => {
    const cast = await makeSupportCast();
    await db.webhookEndpoint.create({ data: { name: "运维群", format: "WECOM", url: `${sink.url}/cgi-bin/webhook/send?key=test` } });
    const base = { reporterId: cast.reporter.id, departmentId: cast.department.id, policyId: cast.policy.id, assigneeId: cast.assignee.id, groupId: cast.group.id, projectId: cast.project.id, priority: "P1" as const };
    // Resolution target 4 h, started 4 h 10 min ago: breached, not yet at 150 %.
    const issue = await makeIssue({ ...base, resolution: { startedAt: minutesAgo(250), targetMinutes: 240 } });

    // pg-boss creates its schema on first start.
    expect((await db.$queryRawUnsafe<{ t: string | null }[]>(`SELECT to_regclass('${JOBS_SCHEMA}.job')::text AS t`))[0]!.t).toBeNull();
    const first = await startRunner();
    expect((await db.$queryRawUnsafe<{ t: string | null }[]>(`SELECT to_regclass('${JOBS_SCHEMA}.job')::text AS t`))[0]!.t).not.toBeNull();

    // The runner sweeps at once on start, then delivers the chat message.
    await waitFor(async () => (await db.notification.count()) === 2 && sink.posts.length === 1);
    expect(await db.notification.findMany({ select: { userId: true, kind: true }, orderBy: { userId: "asc" } })).toEqual(
      [{ userId: cast.assignee.id, kind: "sla.breached" }, { userId: cast.lead.id, kind: "sla.breached" }].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    const post = sink.posts[0]!;
    expect(post.body).toMatchObject({ msgtype: "markdown" });
    expect(JSON.stringify(post.body)).toContain(`ISS-${issue.number}`);
    await waitFor(async () => (await db.outboundMessage.count({ where: { status: "SENT" } })) === 1);

    // Restart: the old runner stops; meanwhile another issue breaches. Two new runners start together.
    await first.stop();
    const sweepsBefore = await completedSweeps();
    const second = await makeIssue({ ...base, title: "Batch label printout fails", resolution: { startedAt: minutesAgo(245), targetMinutes: 240 } });
    await Promise.all([startRunner(), startRunner()]);
    await waitFor(async () => (await db.notification.count({ where: { issueId: second.id } })) === 2 && sink.posts.length === 2);

    // More sweeps, by the runners and by hand, two at a time, and deliveries at once: nothing new.
    await Promise.all([runEscalationSweep(new Date()), runEscalationSweep(new Date()), deliverOutbox(10), deliverOutbox(10)]);
    await waitFor(async () => (await completedSweeps()) >= sweepsBefore + 1);
    await new Promise((r) => setTimeout(r, 1500));

    for (const i of [issue, second]) {
      const rows = await db.issueEscalation.findMany({ where: { issueId: i.id }, orderBy: { threshold: "asc" } });
      expect(rows.map((r) => [r.metric, r.threshold, r.cycle])).toEqual([
        ["RESOLUTION", 75, 0],
        ["RESOLUTION", 100, 0],
      ]);
      expect(await db.notification.count({ where: { issueId: i.id, userId: cast.assignee.id } })).toBe(1);
      expect(await db.notification.count({ where: { issueId: i.id, userId: cast.lead.id } })).toBe(1);
      expect(await db.issueEvent.count({ where: { issueId: i.id, kind: "BREACHED" } })).toBe(1);
    }
    expect(await db.notification.count({ where: { userId: cast.pm.id } })).toBe(0);
    expect(sink.posts).toHaveLength(2);
    expect(await db.outboundMessage.count()).toBe(2);
    expect(await db.outboundMessage.count({ where: { status: "SENT" } })).toBe(2);
  });
});
