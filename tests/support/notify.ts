import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { IssuePriority } from "@/generated/prisma/enums";
import { db, makeDepartment, makeUser, resetDatabase } from "./db";

// Helpers for the notifications tests: clean tables (and pg-boss's schema), an issue row with given
// SLA instants, and two real local servers to deliver to: an HTTP webhook sink and an SMTP sink.

/** Empties the issue, notification and outbox tables and drops pg-boss's schema (re-created on start). */
export async function resetNotifyState(): Promise<void> {
  await resetDatabase();
  await db.$executeRawUnsafe(
    `TRUNCATE "Issue", "IssueEscalation", "IssueEvent", "Notification", "OutboundMessage", "WebhookEndpoint", "ApiToken",
              "SupportGroup", "SlaPolicy", "WorkCalendar", "Project" RESTART IDENTITY CASCADE`,
  );
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
}

let counter = 0;

export async function makePolicy() {
  return db.slaPolicy.create({ data: { code: `pol-${++counter}`, nameZh: "测试策略", nameEn: "Test policy", mode: "WALL_CLOCK" } });
}

export async function makeGroup(leadId: string | null) {
  return db.supportGroup.create({ data: { code: `grp-${++counter}`, nameZh: "财务组", nameEn: "Finance", leadId } });
}

export async function makeProject(managerId: string, status: "ACTIVE" | "HYPERCARE" | "PLANNING" | "CLOSED" = "HYPERCARE", startDate = "2026-01-05") {
  return db.project.create({
    data: { code: `PRJ-${++counter}`, name: `Project ${counter}`, status, startDate: new Date(`${startDate}T00:00:00Z`), plannedGoLive: new Date("2026-04-01T00:00:00Z"), managerId },
  });
}

const MINUTE = 60_000;

export interface IssueClock {
  /** When the clock started; the target runs from here. */
  startedAt: Date;
  targetMinutes: number;
}

/** warnAt at 75 % and dueAt at 100 % of a wall-clock target. */
export function clockAt({ startedAt, targetMinutes }: IssueClock) {
  return {
    warnAt: new Date(startedAt.getTime() + 0.75 * targetMinutes * MINUTE),
    dueAt: new Date(startedAt.getTime() + targetMinutes * MINUTE),
  };
}

export async function makeIssue(options: {
  reporterId: string;
  departmentId: string;
  policyId: string;
  assigneeId?: string | null;
  groupId?: string | null;
  projectId?: string | null;
  priority?: IssuePriority;
  resolution?: IssueClock;
  firstResponse?: IssueClock;
  firstRespondedAt?: Date | null;
  status?: "NEW" | "TRIAGED" | "IN_PROGRESS" | "WAITING_FOR_REPORTER" | "RESOLVED" | "CLOSED" | "REOPENED" | "DUPLICATE";
  slaPausedAt?: Date | null;
  title?: string;
}) {
  const r = options.resolution ? clockAt(options.resolution) : null;
  const f = options.firstResponse ? clockAt(options.firstResponse) : null;
  return db.issue.create({
    data: {
      title: options.title ?? "MRP run stops at the planning step",
      description: "The MRP run stops.",
      module: "PRODUCTION",
      type: "DEFECT",
      impact: "BLOCKING",
      urgency: "HIGH",
      priority: options.priority ?? "P2",
      status: options.status ?? "IN_PROGRESS",
      reporterId: options.reporterId,
      departmentId: options.departmentId,
      assigneeId: options.assigneeId ?? null,
      groupId: options.groupId ?? null,
      projectId: options.projectId ?? null,
      slaPolicyId: options.policyId,
      resolutionWarnAt: r?.warnAt ?? null,
      resolutionDueAt: r?.dueAt ?? null,
      firstResponseWarnAt: f?.warnAt ?? null,
      firstResponseDueAt: f?.dueAt ?? null,
      firstRespondedAt: options.firstRespondedAt === undefined ? new Date(Date.now() - 60 * MINUTE) : options.firstRespondedAt,
      slaPausedAt: options.slaPausedAt ?? null,
    },
  });
}

/** A reporter, an assignee, a group with its lead and a PM on the project, all active. */
export async function makeSupportCast() {
  const department = await makeDepartment();
  const reporter = await makeUser("KEY_USER", { departmentId: department.id });
  const assignee = await makeUser("SUPPORT", { departmentId: department.id });
  const lead = await makeUser("SUPPORT", { departmentId: department.id });
  const pm = await makeUser("PROJECT_MANAGER", { departmentId: department.id });
  const group = await makeGroup(lead.id);
  const project = await makeProject(pm.id);
  const policy = await makePolicy();
  return { department, reporter, assignee, lead, pm, group, project, policy };
}

export function minutesAgo(n: number, from = new Date()): Date {
  return new Date(from.getTime() - n * MINUTE);
}

export interface CapturedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A local HTTP server standing in for a chat webhook; `respond` decides each answer. */
export async function startWebhookSink(respond: (post: CapturedPost, index: number) => { status: number; body: string } = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' })) {
  const posts: CapturedPost[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* keep the text */
      }
      const post = { path: req.url ?? "/", headers: req.headers, body };
      posts.push(post);
      const answer = respond(post, posts.length - 1);
      res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, posts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface CapturedMail {
  from: string;
  to: string[];
  data: string;
  subject: string;
  /** The body, quoted-printable or base64 undone. */
  text: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) in a header. */
export function decodeHeader(value: string): string {
  return value.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  );
}

function textOf(data: string): string {
  const split = data.indexOf("\r\n\r\n");
  const head = data.slice(0, split);
  const body = data.slice(split + 4);
  if (/^Content-Transfer-Encoding: quoted-printable/im.test(head)) {
    return Buffer.from(body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
  }
  if (/^Content-Transfer-Encoding: base64/im.test(head)) return Buffer.from(body, "base64").toString("utf8");
  return body;
}

function subjectOf(data: string): string {
  const match = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(data);
  return match ? decodeHeader(match[1]!.replace(/\r\n[ \t]/g, " ")) : "";
}

/**
 * A tiny SMTP server on localhost (plain SMTP, no TLS, no auth): enough for nodemailer to hand over
 * a message. `rejectNext(n)` answers the next n deliveries with a temporary failure (451).
 */
export async function startSmtpSink() {
  const mails: CapturedMail[] = [];
  let rejections = 0;
  const server = createTcpServer((socket: Socket) => {
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let from = "";
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink.local ESMTP test sink");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          if (rejections > 0) {
            rejections--;
            reply("451 4.3.0 try again later");
          } else {
            mails.push({ from, to, data, subject: subjectOf(data), text: textOf(data) });
            reply("250 2.0.0 queued");
          }
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-sink.local\r\n250-8BITMIME\r\n250 SMTPUTF8");
        else if (verb === "HELO") reply("250 sink.local");
        else if (verb === "MAIL") {
          from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          to = [];
          reply("250 2.1.0 ok");
        } else if (verb === "RCPT") {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 2.1.5 ok");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "QUIT") {
          reply("221 2.0.0 bye");
          socket.end();
          return;
        } else reply("250 ok");
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    mails,
    rejectNext(n: number) {
      rejections = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` returns a truthy value (or fails after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, stepMs = 200): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
