import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpSink, startWebhookSink, resetNotifyState } from "../support/notify";

// E-mail and webhooks delivered for real, to an SMTP server and an HTTP server on localhost.
const smtp = await startSmtpSink();
// Set before anything reads the environment (env() parses it once); undone after this file.
vi.stubEnv("SMTP_HOST", "127.0.0.1");
vi.stubEnv("SMTP_PORT", String(smtp.port));
vi.stubEnv("SMTP_FROM", "ERP 门户 <erp-portal@hdchem.test>");
vi.stubEnv("PORTAL_URL", "https://erp.hdchem.test");

const { db, makeUser } = await import("../support/db");
const { broadcast, notify } = await import("@/modules/notifications/service");
const { deliverOutbox } = await import("@/modules/notifications/outbox");

let hook: Awaited<ReturnType<typeof startWebhookSink>>;
let answers: { status: number; body: string }[] = [];
let answerFor: ((path: string) => { status: number; body: string }) | null = null;

beforeAll(async () => {
  hook = await startWebhookSink((post) => answerFor?.(post.path) ?? answers.shift() ?? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
});
afterAll(async () => {
  await hook.close();
  await smtp.close();
  vi.unstubAllEnvs();
});
beforeEach(async () => {
  await resetNotifyState();
  hook.posts.length = 0;
  smtp.mails.length = 0;
  answers = [];
  answerFor = null;
});

const inMinutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("notify", () => {
  it("creates a portal notification and an e-mail per active user, in their language, once per key", async () => {
    const zh = await makeUser("SUPPORT");
    const en = await db.user.update({ where: { id: (await makeUser("SUPPORT")).id }, data: { locale: "en" } });
    const gone = await makeUser("SUPPORT", { active: false });
    const input = { userIds: [zh.id, en.id, gone.id, zh.id], kind: "issue.assigned" as const, params: { number: 42, title: "打印机无法打印批次标签" }, issueId: undefined, dedupeKey: "assign:42:1" };
    await db.$transaction((tx) => notify(tx, input));
    await db.$transaction((tx) => notify(tx, input));

    const rows = await db.notification.findMany({ orderBy: { userId: "asc" } });
    expect(rows.map((r) => r.userId).sort()).toEqual([zh.id, en.id].sort());
    const mails = await db.outboundMessage.findMany({ where: { channel: "EMAIL" } });
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.target === en.email)?.subject).toBe("ISS-42 is assigned to you");
    expect(mails.find((m) => m.target === zh.email)?.subject).toBe("ISS-42 已分派给您");

    // Without e-mail: portal only.
    await db.$transaction((tx) => notify(tx, { ...input, userIds: [zh.id], dedupeKey: "other", email: false, link: "/issues/x" }));
    expect(await db.outboundMessage.count()).toBe(2);
    expect(await db.notification.count({ where: { userId: zh.id } })).toBe(2);
  });

  it("stores only links inside the portal", async () => {
    const u = await makeUser("SUPPORT");
    await db.$transaction((tx) => notify(tx, { userIds: [u.id], kind: "issue.reopened", params: { number: 1, title: "x" }, dedupeKey: "k", link: "https://evil.example/" , email: false }));
    expect((await db.notification.findFirstOrThrow()).link).toBeNull();
  });
});

describe("outbox delivery", () => {
  it("sends e-mail over SMTP with the rendered text and a link, and marks it sent", async () => {
    const u = await db.user.update({ where: { id: (await makeUser("SUPPORT")).id }, data: { locale: "en" } });
    await db.$transaction((tx) => notify(tx, { userIds: [u.id], kind: "issue.resolved", params: { number: 7, title: "Stock mismatch" }, dedupeKey: "res:7", link: "/issues/abc" }));
    expect(await deliverOutbox(10)).toMatchObject({ processed: 1, sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual([u.email]);
    expect(mail.from).toBe("erp-portal@hdchem.test");
    expect(mail.subject).toBe("ISS-7 is resolved: please confirm");
    expect(mail.text).toContain("Open it here: https://erp.hdchem.test/issues/abc");
    expect(mail.text).toContain("“Stock mismatch”");
    const row = await db.outboundMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(await deliverOutbox(10)).toMatchObject({ processed: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("retries a refused e-mail later, not in the same run, and sends it then", async () => {
    const u = await makeUser("SUPPORT");
    await db.$transaction((tx) => notify(tx, { userIds: [u.id], kind: "issue.assigned", params: { number: 8, title: "x" }, dedupeKey: "a:8" }));
    smtp.rejectNext(1);
    expect(await deliverOutbox(10)).toMatchObject({ processed: 1, retrying: 1 });
    const failed = await db.outboundMessage.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.lastError).toContain("451");
    // Not yet due (1 minute after it was queued).
    expect(await deliverOutbox(10)).toMatchObject({ processed: 0 });
    expect(await deliverOutbox(10, inMinutes(2))).toMatchObject({ processed: 1, sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    expect(await db.outboundMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("posts each chat format to its webhook", async () => {
    for (const format of ["WECOM", "DINGTALK", "FEISHU", "SLACK"] as const) {
      await db.webhookEndpoint.create({ data: { name: format, format, url: `${hook.url}/${format.toLowerCase()}` } });
    }
    await db.webhookEndpoint.create({ data: { name: "off", format: "SLACK", url: `${hook.url}/off`, active: false } });
    // What each tool answers when it accepts a message.
    answerFor = (path) => ({ status: 200, body: path === "/slack" ? "ok" : path === "/feishu" ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}' });
    const queued = await db.$transaction((tx) => broadcast(tx, { subject: "每日运行报告", markdown: "**问题** 3 个\n\n[详情](https://erp.hdchem.test/support)", dedupeKey: "daily:2026-11-20" }));
    expect(queued).toBe(4);
    expect(await db.$transaction((tx) => broadcast(tx, { subject: "again", markdown: "x", dedupeKey: "daily:2026-11-20" }))).toBe(0);
    expect(await deliverOutbox(10)).toMatchObject({ processed: 4, sent: 4 });
    const byPath = Object.fromEntries(hook.posts.map((p) => [p.path, p.body]));
    expect(byPath["/wecom"]).toEqual({ msgtype: "markdown", markdown: { content: "## 每日运行报告\n\n**问题** 3 个\n\n[详情](https://erp.hdchem.test/support)" } });
    expect(byPath["/dingtalk"]).toMatchObject({ msgtype: "markdown", markdown: { title: "每日运行报告" } });
    expect(byPath["/feishu"]).toEqual({ msg_type: "text", content: { text: "每日运行报告\n\n问题 3 个\n\n详情 (https://erp.hdchem.test/support)" } });
    expect(byPath["/slack"]).toEqual({ text: "*每日运行报告*\n\n*问题* 3 个\n\n<https://erp.hdchem.test/support|详情>" });
    expect(hook.posts.find((p) => p.path === "/off")).toBeUndefined();
    expect(hook.posts[0]!.headers["content-type"]).toContain("application/json");
  });

  it("reads refusals in a 200 answer, retries after 1, 5, 15 and 60 minutes, then gives up with the error", async () => {
    await db.webhookEndpoint.create({ data: { name: "企业微信", format: "WECOM", url: `${hook.url}/wecom` } });
    await db.$transaction((tx) => broadcast(tx, { subject: "s", markdown: "m", dedupeKey: "k1" }));
    const refusal = { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' };
    answers = [refusal, refusal, refusal, { status: 502, body: "Bad Gateway" }, refusal];
    const schedule = [0, 1, 5, 15, 60];
    for (const [i, minutes] of schedule.entries()) {
      // Just before it is due: nothing happens.
      if (minutes > 0) expect(await deliverOutbox(10, inMinutes(minutes - 0.5))).toMatchObject({ processed: 0 });
      await deliverOutbox(10, inMinutes(minutes + 0.1));
      expect((await db.outboundMessage.findFirstOrThrow()).attempts).toBe(i + 1);
    }
    const row = await db.outboundMessage.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toBe("93000: invalid webhook url");
    expect(hook.posts).toHaveLength(5);
    expect(await deliverOutbox(10, inMinutes(600))).toMatchObject({ processed: 0 });
  });

  it("fails at once for a disabled or deleted endpoint", async () => {
    const e = await db.webhookEndpoint.create({ data: { name: "钉钉", format: "DINGTALK", url: `${hook.url}/dd` } });
    await db.$transaction((tx) => broadcast(tx, { subject: "s", markdown: "m", dedupeKey: "k2" }));
    await db.webhookEndpoint.update({ where: { id: e.id }, data: { active: false } });
    await deliverOutbox(10);
    expect(await db.outboundMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 1, lastError: "webhook endpoint disabled" });

    await db.webhookEndpoint.update({ where: { id: e.id }, data: { active: true } });
    await db.$transaction((tx) => broadcast(tx, { subject: "s", markdown: "m", dedupeKey: "k3" }));
    await db.webhookEndpoint.delete({ where: { id: e.id } });
    await deliverOutbox(10);
    expect(await db.outboundMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: "k3:" } } })).toMatchObject({ status: "FAILED", lastError: "webhook endpoint deleted" });
    expect(hook.posts).toHaveLength(0);
  });

  it("delivers each message once when several deliveries run at the same time", async () => {
    await db.webhookEndpoint.create({ data: { name: "wecom", format: "WECOM", url: `${hook.url}/w` } });
    for (let i = 0; i < 12; i++) await db.$transaction((tx) => broadcast(tx, { subject: `m${i}`, markdown: "x", dedupeKey: `c${i}` }));
    const users = await Promise.all([1, 2, 3].map(() => makeUser("SUPPORT")));
    await db.$transaction((tx) => notify(tx, { userIds: users.map((u) => u.id), kind: "issue.assigned", params: { number: 1, title: "t" }, dedupeKey: "conc" }));
    const results = await Promise.all([deliverOutbox(20), deliverOutbox(20), deliverOutbox(20)]);
    expect(results.reduce((s, r) => s + r.sent, 0)).toBe(15);
    expect(hook.posts).toHaveLength(12);
    expect(new Set(hook.posts.map((p) => JSON.stringify(p.body))).size).toBe(12);
    expect(smtp.mails).toHaveLength(3);
  });
});
