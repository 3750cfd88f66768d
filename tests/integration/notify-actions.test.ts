import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as actions from "@/modules/notifications/definitions";
import { openNotification } from "@/modules/notifications/inbox";
import { deliverOutbox } from "@/modules/notifications/outbox";
import { authenticateApiToken } from "@/server/api-token";
import { actorOf, db, makeUser, META } from "../support/db";
import { resetNotifyState, startWebhookSink } from "../support/notify";

// The module's actions as a user would run them (through defineAction, with a real database).

let hook: Awaited<ReturnType<typeof startWebhookSink>>;
let accept = true;
beforeAll(async () => {
  hook = await startWebhookSink(() => (accept ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } : { status: 200, body: '{"errcode":310000,"errmsg":"keywords not in content"}' }));
});
afterAll(() => hook.close());

let admin: ReturnType<typeof actorOf>;
let me: ReturnType<typeof actorOf>;
beforeEach(async () => {
  await resetNotifyState();
  hook.posts.length = 0;
  accept = true;
  admin = actorOf(await makeUser("ADMIN"));
  me = actorOf(await makeUser("KEY_USER"));
});

async function notification(userId: string, createdAt = new Date()) {
  return db.notification.create({ data: { userId, kind: "issue.resolved", params: { number: 3, title: "x" }, link: "/issues/00000000-0000-4000-8000-000000000000", createdAt } });
}

describe("reading notifications", () => {
  it("marks one's own notification read, and answers 'not found' for someone else's", async () => {
    const mine = await notification(me.id);
    const theirs = await notification(admin.id);
    expect(await actions.markNotificationRead.execute(me, { id: mine.id }, META)).toMatchObject({ ok: true });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    expect(await actions.markNotificationRead.execute(me, { id: theirs.id }, META)).toMatchObject({ ok: false, error: "The record does not exist or was deleted." });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("marks all read up to when the page was shown; later ones stay unread", async () => {
    const shown = new Date();
    await notification(me.id, new Date(shown.getTime() - 60_000));
    await notification(me.id, new Date(shown.getTime() - 1000));
    const later = await notification(me.id, new Date(shown.getTime() + 5000));
    const other = await notification(admin.id, new Date(shown.getTime() - 1000));
    expect(await actions.markAllNotificationsRead.execute(me, { before: shown.toISOString() }, META)).toMatchObject({ ok: true, data: { count: 2 }, message: "All marked as read." });
    expect(await db.notification.count({ where: { userId: me.id, readAt: null } })).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBeNull();
  });

  it("opening a notification marks it read and returns its link, only for its owner", async () => {
    const n = await notification(me.id);
    expect(await openNotification(admin.id, n.id)).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    expect(await openNotification(me.id, n.id)).toBe(n.link);
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).not.toBeNull();
  });
});

describe("API tokens", () => {
  it("creates a token shown once that works as the chosen user, then revokes it", async () => {
    const r = await actions.createToken.execute(admin, { name: "MES bridge", userId: me.id, expiresOn: "" }, META);
    if (!r.ok) throw new Error(r.error);
    const { token, id } = r.data;
    const req = new Request("http://x/api/issues", { headers: { authorization: `Bearer ${token}` } });
    expect(await authenticateApiToken(req)).toEqual(me);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "ApiToken", entityId: id } });
    expect(JSON.stringify(audit.after)).not.toContain(token.slice(8));

    expect(await actions.revokeToken.execute(admin, { id }, META)).toMatchObject({ ok: true, message: "Token revoked." });
    expect(await authenticateApiToken(req)).toBeNull();
    expect(await actions.revokeToken.execute(admin, { id }, META)).toMatchObject({ ok: false, error: "This token is already revoked." });
  });

  it("refuses a deactivated user and a past expiry, keeping what was typed", async () => {
    const gone = await makeUser("SUPPORT", { active: false });
    expect(await actions.createToken.execute(admin, { name: "x", userId: gone.id }, META)).toMatchObject({
      ok: false,
      fieldErrors: { userId: "This user does not exist or is deactivated." },
      values: { name: "x", userId: gone.id },
    });
    expect(await actions.createToken.execute(admin, { name: "x", userId: me.id, expiresOn: "2020-01-01" }, META)).toMatchObject({ ok: false, fieldErrors: { expiresOn: "The date cannot be in the past." } });
    const ok = await actions.createToken.execute(admin, { name: "x", userId: me.id, expiresOn: "2099-12-31" }, META);
    expect(ok.ok).toBe(true);
    // Valid through that day in the portal's zone (Asia/Shanghai): until 16:00 UTC.
    expect((await db.apiToken.findFirstOrThrow({ where: { name: "x" } })).expiresAt?.toISOString()).toBe("2099-12-31T16:00:00.000Z");
  });
});

describe("webhooks", () => {
  it("refuses a non-http address with a field error", async () => {
    expect(await actions.createWebhook.execute(admin, { name: "群", format: "WECOM", url: "ftp://x" }, META)).toMatchObject({
      ok: false,
      fieldErrors: { url: "Enter the full address, starting with http:// or https://." },
      values: { url: "ftp://x" },
    });
  });

  it("creates, edits (keeping the secret URL when left empty), tests, disables and deletes an endpoint", async () => {
    const url = `${hook.url}/cgi-bin/webhook/send?key=0123456789abcdef`;
    const created = await actions.createWebhook.execute(admin, { name: "运维群", format: "WECOM", url }, META);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "WebhookEndpoint", entityId: id } });
    expect(JSON.stringify(audit.after)).not.toContain("0123456789abcdef");
    expect(JSON.stringify(audit.after)).toContain("key=•••cdef");

    expect(await actions.updateWebhook.execute(admin, { id, version: 1, name: "ERP 运维群", format: "DINGTALK", url: "" }, META)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "ERP 运维群", format: "DINGTALK", url });
    expect(await actions.updateWebhook.execute(admin, { id, version: 1, name: "stale", format: "WECOM", url: "" }, META)).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed") });

    expect(await actions.testWebhook.execute(admin, { id }, META)).toMatchObject({ ok: true, data: { delivered: true, error: null } });
    expect(hook.posts).toHaveLength(1);
    expect(hook.posts[0]!.body).toMatchObject({ msgtype: "markdown", markdown: { title: "ERP 门户测试消息" } });
    accept = false;
    expect(await actions.testWebhook.execute(admin, { id }, META)).toMatchObject({ ok: true, data: { delivered: false, error: "310000: keywords not in content" } });
    expect(await db.outboundMessage.findMany({ select: { status: true }, orderBy: { createdAt: "asc" } })).toEqual([{ status: "SENT" }, { status: "FAILED" }]);

    expect(await actions.setWebhookActive.execute(admin, { id, version: 2, active: "false" }, META)).toMatchObject({ ok: true });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).active).toBe(false);

    await db.outboundMessage.create({ data: { dedupeKey: "waiting", channel: "WEBHOOK", target: id, subject: "s", body: "b" } });
    expect(await actions.deleteWebhook.execute(admin, { id, version: 3 }, META)).toMatchObject({ ok: true, message: "Webhook deleted." });
    expect(await db.outboundMessage.findUniqueOrThrow({ where: { dedupeKey: "waiting" } })).toMatchObject({ status: "FAILED", lastError: "webhook endpoint deleted" });
  });
});

describe("outbox retry", () => {
  it("gives a failed message one more attempt, which delivers it", async () => {
    const e = await db.webhookEndpoint.create({ data: { name: "群", format: "WECOM", url: `${hook.url}/w` } });
    const m = await db.outboundMessage.create({ data: { dedupeKey: "m1", channel: "WEBHOOK", target: e.id, subject: "s", body: "b", status: "FAILED", attempts: 5, lastError: "HTTP 502" } });
    expect(await actions.retryMessage.execute(admin, { id: m.id }, META)).toMatchObject({ ok: true });
    expect(await actions.retryMessage.execute(admin, { id: m.id }, META)).toMatchObject({ ok: false, error: "Only failed messages can be retried." });
    await deliverOutbox(10);
    expect(await db.outboundMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "SENT", lastError: null });
    expect(hook.posts).toHaveLength(1);
  });

  it("refuses to retry a message whose webhook was deleted", async () => {
    const m = await db.outboundMessage.create({ data: { dedupeKey: "m2", channel: "WEBHOOK", target: "00000000-0000-4000-8000-000000000000", subject: "s", body: "b", status: "FAILED", attempts: 1 } });
    expect(await actions.retryMessage.execute(admin, { id: m.id }, META)).toMatchObject({ ok: false, error: "This webhook was deleted; the message cannot be sent." });
  });
});
