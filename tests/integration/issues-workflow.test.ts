import { beforeEach, describe, expect, it } from "vitest";
import {
  addIssueComment, assignIssue, confirmResolution, fileIssue, markDuplicate, rateIssue, reopenIssue, setIssuePriority, transitionIssue, watchIssue,
} from "@/modules/issues/definitions";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";
import { ISSUE_INPUT, makeSupportSetup, pngFile, resetIssueTables } from "../support/issues";

type U = Awaited<ReturnType<typeof makeUser>>;
let keyUser: U, support: U, lead: U, pm: U;

beforeEach(async () => {
  await resetDatabase();
  await resetIssueTables();
  const finance = await makeDepartment("finance");
  const it = await makeDepartment("it");
  keyUser = await makeUser("KEY_USER", { departmentId: finance.id });
  support = await makeUser("SUPPORT", { departmentId: it.id });
  lead = await makeUser("SUPPORT", { departmentId: it.id });
  pm = await makeUser("PROJECT_MANAGER", { departmentId: it.id });
  await makeSupportSetup({ leadId: lead.id, assigneeId: support.id, memberIds: [support.id, lead.id] });
});

async function file(over: Record<string, unknown> = {}) {
  const r = await fileIssue.execute(actorOf(keyUser), { ...ISSUE_INPUT, ...over }, META);
  if (!r.ok) throw new Error(`filing failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.issue.findUniqueOrThrow({ where: { id: r.data.id } });
}

const minutes = (a: Date | null, b: Date | null) => Math.round((a!.getTime() - b!.getTime()) / 60_000);

describe("filing", () => {
  it("derives the priority, routes to the module's group and person, and starts both clocks", async () => {
    const issue = await file();
    expect(issue.priority).toBe("P1"); // blocks work + high urgency
    expect(issue.assigneeId).toBe(support.id);
    expect(issue.departmentId).toBe(keyUser.departmentId);
    expect(minutes(issue.firstResponseDueAt, issue.createdAt)).toBe(60);
    expect(minutes(issue.resolutionDueAt, issue.createdAt)).toBe(240);
    expect(minutes(issue.firstResponseWarnAt, issue.createdAt)).toBe(45); // 75 %
    expect(await db.issueEvent.count({ where: { issueId: issue.id, kind: "CREATED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityType: "Issue", entityId: issue.id, action: "create" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: support.id, issueId: issue.id } })).toBe(1);
  });

  it("stores a screenshot in its own row with a checksum", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(ISSUE_INPUT)) form.set(k, v);
    form.append("attachments", pngFile());
    const r = await fileIssue.execute(actorOf(keyUser), form, META);
    expect(r.ok).toBe(true);
    const files = await db.issueAttachment.findMany({ include: { file: true } });
    expect(files).toHaveLength(1);
    expect(files[0].file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(files[0].file.size).toBe(2048);
  });

  it.each([
    ["an empty title", { title: "  " }, "title"],
    ["an unknown module", { module: "MARKETING" }, "module"],
    ["a script in the description", { description: "hi <script>alert(1)</script>" }, "description"],
    ["a javascript: link", { description: "[click](javascript:alert(1))" }, "description"],
  ])("refuses %s with a field error and stores nothing", async (_label, over, field) => {
    const r = await fileIssue.execute(actorOf(keyUser), { ...ISSUE_INPUT, ...over }, META);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.fieldErrors?.[field]).toBeTruthy();
    expect(r.ok === false && r.values?.title).toBe((over as { title?: string }).title ?? ISSUE_INPUT.title);
    expect(await db.issue.count()).toBe(0);
  });

  it("refuses an oversized file or a disguised one and stores nothing at all", async () => {
    for (const bad of [pngFile("big.png", 11 * 1024 * 1024), new File(["<html>"], "fake.png", { type: "image/png" })]) {
      const form = new FormData();
      for (const [k, v] of Object.entries(ISSUE_INPUT)) form.set(k, v);
      form.append("attachments", pngFile("ok.png"));
      form.append("attachments", bad);
      const r = await fileIssue.execute(actorOf(keyUser), form, META);
      expect(r.ok === false && r.fieldErrors?.attachments).toMatch(/10 MB|not a supported type/);
    }
    expect(await db.issue.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
  });
});

describe("the desk's workflow and the clocks", () => {
  it("pauses while waiting for the reporter and pushes the due time by the pause when the reporter replies", async () => {
    const filed = await file();
    // Filed three hours ago (the pause below must fall after the filing).
    const issue = await db.issue.update({ where: { id: filed.id }, data: { createdAt: new Date(Date.now() - 3 * 3600_000) } });
    const waiting = await transitionIssue.execute(actorOf(support), { issueId: issue.id, version: issue.version, to: "WAITING_FOR_REPORTER" }, META);
    expect(waiting.ok === false && waiting.fieldErrors?.comment).toBe("Write a note to the reporter.");
    const r = await transitionIssue.execute(actorOf(support), { issueId: issue.id, version: issue.version, to: "WAITING_FOR_REPORTER", comment: "请提供凭证号" }, META);
    expect(r.ok).toBe(true);
    let now = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(now.slaPausedAt).not.toBeNull();
    expect(now.firstRespondedAt).not.toBeNull(); // asking the reporter is a response
    // Pretend the wait lasted two hours.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await db.issueEvent.updateMany({ where: { issueId: issue.id, kind: "SLA_PAUSED" }, data: { createdAt: twoHoursAgo } });
    await db.issue.update({ where: { id: issue.id }, data: { slaPausedAt: twoHoursAgo } });
    const reply = await addIssueComment.execute(actorOf(keyUser), { issueId: issue.id, body: "凭证号 JZ-2026-1201" }, META);
    expect(reply.ok).toBe(true);
    now = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(now.status).toBe("IN_PROGRESS");
    expect(now.slaPausedAt).toBeNull();
    expect(minutes(now.resolutionDueAt, issue.createdAt)).toBe(240 + 120);
  });

  it("records a late first response as a breach that a later priority change does not erase", async () => {
    const issue = await file();
    await db.issue.update({ where: { id: issue.id }, data: { firstResponseDueAt: new Date(Date.now() - 60_000) } });
    await addIssueComment.execute(actorOf(support), { issueId: issue.id, body: "正在查看" }, META);
    let now = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(now.firstRespondedAt).not.toBeNull();
    expect(now.firstResponseBreachedAt).not.toBeNull();
    const r = await setIssuePriority.execute(actorOf(support), { issueId: issue.id, version: now.version, priority: "P4", reason: "有变通办法" }, META);
    expect(r.ok).toBe(true);
    now = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(now.priority).toBe("P4");
    expect(now.firstResponseBreachedAt).not.toBeNull();
    expect(minutes(now.resolutionDueAt, now.createdAt)).toBe(4320);
  });

  it("refuses a stale version and an impossible move", async () => {
    const issue = await file();
    await assignIssue.execute(actorOf(support), { issueId: issue.id, version: issue.version, assigneeId: lead.id, groupId: "" }, META);
    const stale = await transitionIssue.execute(actorOf(support), { issueId: issue.id, version: issue.version, to: "IN_PROGRESS" }, META);
    expect(stale).toMatchObject({ ok: false, error: "Someone else changed this record. Reload the page to see their changes, then save again." });
    const fresh = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    const bad = await transitionIssue.execute(actorOf(support), { issueId: issue.id, version: fresh.version, to: "CLOSED" }, META);
    expect(bad.ok === false && bad.fieldErrors?.to).toMatch(/cannot move/);
  });
});

describe("the reporter closes the loop", () => {
  async function resolved() {
    const issue = await file();
    const r = await transitionIssue.execute(actorOf(support), { issueId: issue.id, version: issue.version, to: "RESOLVED", comment: "已修正过账期间" }, META);
    expect(r.ok).toBe(true);
    return db.issue.findUniqueOrThrow({ where: { id: issue.id } });
  }

  it("confirms, then rates once (CSAT)", async () => {
    const issue = await resolved();
    expect(issue.resolvedAt).not.toBeNull();
    expect(await db.notification.count({ where: { userId: keyUser.id, kind: "issue.resolved" } })).toBe(1);
    expect((await rateIssue.execute(actorOf(keyUser), { issueId: issue.id, score: 5 }, META)).ok).toBe(false); // not closed yet
    expect((await confirmResolution.execute(actorOf(support), { issueId: issue.id }, META))).toMatchObject({ ok: false, error: "Only the reporter can do this." });
    expect((await confirmResolution.execute(actorOf(keyUser), { issueId: issue.id }, META)).ok).toBe(true);
    expect((await rateIssue.execute(actorOf(keyUser), { issueId: issue.id, score: 0 }, META)).ok).toBe(false);
    expect((await rateIssue.execute(actorOf(keyUser), { issueId: issue.id, score: 4, comment: "响应很快" }, META)).ok).toBe(true);
    expect(await rateIssue.execute(actorOf(keyUser), { issueId: issue.id, score: 1 }, META)).toMatchObject({ ok: false, error: "You have already rated this issue." });
    const closed = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(closed).toMatchObject({ status: "CLOSED", csatScore: 4, csatComment: "响应很快" });
  });

  it("reopens with a reason: a new resolution clock starts and the count goes up", async () => {
    const issue = await resolved();
    expect((await reopenIssue.execute(actorOf(keyUser), { issueId: issue.id, reason: "" }, META)).ok).toBe(false);
    expect((await reopenIssue.execute(actorOf(keyUser), { issueId: issue.id, reason: "还是报错" }, META)).ok).toBe(true);
    const now = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(now).toMatchObject({ status: "REOPENED", reopenCount: 1, resolvedAt: null });
    expect(now.resolutionDueAt!.getTime()).toBeGreaterThan(issue.resolutionDueAt!.getTime());
  });
});

describe("duplicates", () => {
  it("merges: the duplicate closes, its reporter and watchers follow the surviving issue", async () => {
    const original = await file({ title: "总账凭证过账失败" });
    const other = await makeUser("KEY_USER", { departmentId: keyUser.departmentId });
    const dup = await fileIssue.execute(actorOf(other), ISSUE_INPUT, META);
    if (!dup.ok) throw new Error(dup.error);
    const dupIssue = await db.issue.findUniqueOrThrow({ where: { id: dup.data.id } });
    const r = await markDuplicate.execute(actorOf(support), { issueId: dupIssue.id, version: dupIssue.version, duplicateOf: original.number }, META);
    expect(r.ok).toBe(true);
    const merged = await db.issue.findUniqueOrThrow({ where: { id: dupIssue.id } });
    expect(merged).toMatchObject({ status: "DUPLICATE", duplicateOfId: original.id });
    expect(await db.issueWatcher.count({ where: { issueId: original.id, userId: other.id } })).toBe(1);
    const self = await markDuplicate.execute(actorOf(support), { issueId: original.id, version: original.version, duplicateOf: original.number }, META);
    expect(self.ok).toBe(false);
  });
});

describe("who may touch an issue", () => {
  it("answers 'not found' to a key user of another department and refuses internal notes from the reporter side", async () => {
    const issue = await file();
    const sales = await makeDepartment("sales");
    const outsider = await makeUser("KEY_USER", { departmentId: sales.id });
    expect(await addIssueComment.execute(actorOf(outsider), { issueId: issue.id, body: "我也遇到" }, META)).toMatchObject({ ok: false, error: "The record does not exist or was deleted." });
    expect(await watchIssue.execute(actorOf(outsider), { issueId: issue.id, watch: "true" }, META)).toMatchObject({ ok: false });
    const colleague = await makeUser("KEY_USER", { departmentId: keyUser.departmentId });
    expect((await addIssueComment.execute(actorOf(colleague), { issueId: issue.id, body: "我也遇到" }, META)).ok).toBe(true);
    const trainer = await makeUser("TRAINER", { departmentId: keyUser.departmentId });
    expect((await addIssueComment.execute(actorOf(trainer), { issueId: issue.id, body: "x" }, META)).ok).toBe(false);
    expect(await addIssueComment.execute(actorOf(keyUser), { issueId: issue.id, body: "内部", internal: "on" }, META)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await db.issueComment.count({ where: { internal: true } })).toBe(0);
    expect((await addIssueComment.execute(actorOf(pm), { issueId: issue.id, body: "内部备注", internal: "on" }, META)).ok).toBe(true);
  });
});
