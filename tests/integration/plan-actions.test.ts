import { beforeEach, describe, expect, it } from "vitest";
import { addDependency, decideDeliverable, recordGateReview, recordGoLive, reportProgress, saveBaseline, startPhase, submitDeliverable, updateCutoverItem, updateTask } from "@/modules/plan/definitions";
import { isoDay } from "@/modules/plan/dates";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";
import { makeProject, resetPlanTables, taskByTitle } from "../support/plan";

type U = Awaited<ReturnType<typeof makeUser>>;
let pm: U, exec: U, keyUser: U, projectId: string;

beforeEach(async () => {
  await resetDatabase();
  await resetPlanTables();
  const it = await makeDepartment("it");
  pm = await makeUser("PROJECT_MANAGER", { departmentId: it.id });
  exec = await makeUser("EXECUTIVE", { departmentId: it.id });
  keyUser = await makeUser("KEY_USER", { departmentId: it.id });
  await makeUser("SUPPORT", { departmentId: it.id });
  await makeUser("DATA_STEWARD", { departmentId: it.id });
  await makeUser("TRAINER", { departmentId: it.id });
  projectId = (await makeProject(pm.id)).project.id;
});

const taskInput = (t: { id: string; version: number; title: string; plannedStart: Date; plannedEnd: Date }, over: Record<string, unknown> = {}) => ({
  id: t.id, version: t.version, title: t.title, plannedStart: isoDay(t.plannedStart), plannedEnd: isoDay(t.plannedEnd), ...over,
});

describe("moving tasks", () => {
  it("pushes successors after a predecessor that now ends later, keeping their length", async () => {
    const kickoff = await taskByTitle(projectId, "召开项目启动会");
    const interviews = await taskByTitle(projectId, "管理层访谈");
    const r = await updateTask.execute(actorOf(pm), taskInput(kickoff, { plannedEnd: "2026-01-08" }), META);
    expect(r).toMatchObject({ ok: true });
    const moved = await db.task.findUniqueOrThrow({ where: { id: interviews.id } });
    expect(isoDay(moved.plannedStart)).toBe("2026-01-09"); // Friday after the Thursday end
    expect(isoDay(moved.plannedEnd)).toBe("2026-01-12"); // two working days: Fri + Mon
    expect(await db.auditLog.count({ where: { action: "reschedule", entityId: interviews.id } })).toBe(1);
  });

  it("sets participating departments and people, replacing the old ones", async () => {
    const t = await taskByTitle(projectId, "召开项目启动会");
    const dept = await db.department.findFirstOrThrow();
    const r = await updateTask.execute(actorOf(pm), taskInput(t, { departmentIds: dept.id, userIds: [keyUser.id, exec.id] }), META);
    expect(r.ok).toBe(true);
    const participants = await db.taskParticipant.findMany({ where: { taskId: t.id } });
    expect(participants.map((p) => p.departmentId ?? p.userId).sort()).toEqual([dept.id, keyUser.id, exec.id].sort());
    const unknown = await updateTask.execute(actorOf(pm), taskInput({ ...t, version: t.version + 1 }, { userIds: "00000000-0000-4000-8000-000000000000" }), META);
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { userIds: expect.any(String) } });
  });

  it("refuses the second of two saves of one task instead of losing the first", async () => {
    const t = await taskByTitle(projectId, "召开项目启动会");
    expect((await updateTask.execute(actorOf(pm), taskInput(t, { title: "启动会（改期）" }), META)).ok).toBe(true);
    const second = await updateTask.execute(actorOf(pm), taskInput(t, { title: "另一个标题" }), META);
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed this record") });
    expect((await db.task.findUniqueOrThrow({ where: { id: t.id } })).title).toBe("启动会（改期）");
  });

  it("refuses an end before the start and a dependency loop", async () => {
    const t = await taskByTitle(projectId, "召开项目启动会");
    expect(await updateTask.execute(actorOf(pm), taskInput(t, { plannedEnd: "2026-01-01" }), META)).toMatchObject({ ok: false, fieldErrors: { plannedEnd: "The end cannot be before the start." } });
    const interviews = await taskByTitle(projectId, "管理层访谈");
    expect(await addDependency.execute(actorOf(pm), { predecessorId: interviews.id, successorId: t.id }, META)).toMatchObject({ ok: false, fieldErrors: { predecessorId: "That would create a dependency loop." } });
  });

  it("lets a task's owner report progress but not someone else's task", async () => {
    const t = await taskByTitle(projectId, "召开项目启动会"); // owned by the PM
    const other = await reportProgress.execute(actorOf(keyUser), { id: t.id, version: t.version, status: "IN_PROGRESS", progress: 50 }, META);
    expect(other).toMatchObject({ ok: false, error: "Only the task's owner or the project manager may do this." });
    const mine = await reportProgress.execute(actorOf(pm), { id: t.id, version: t.version, status: "DONE", progress: 10 }, META);
    expect(mine.ok).toBe(true);
    expect(await db.task.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "DONE", progress: 100 });
  });
});

describe("deliverables", () => {
  it("goes draft → submitted → rejected with a reason → submitted → accepted by the named role, with history", async () => {
    const d = await db.deliverable.findFirstOrThrow({ where: { projectId, name: "差异分析报告" } }); // accepted by an executive
    const submit = (version: number) => submitDeliverable.execute(actorOf(pm), { id: d.id, version, evidenceUrl: "https://pan.example.cn/gap.pdf" }, META);
    expect((await submit(d.version)).ok).toBe(true);
    const byPm = await decideDeliverable.execute(actorOf(pm), { id: d.id, version: d.version + 1, decision: "ACCEPTED" }, META);
    expect(byPm).toMatchObject({ ok: false, error: "This deliverable must be accepted by its named acceptor." });
    const noReason = await decideDeliverable.execute(actorOf(exec), { id: d.id, version: d.version + 1, decision: "REJECTED" }, META);
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: "Give a reason to reject." } });
    expect((await decideDeliverable.execute(actorOf(exec), { id: d.id, version: d.version + 1, decision: "REJECTED", reason: "缺少质检流程差异" }, META)).ok).toBe(true);
    expect((await submit(d.version + 2)).ok).toBe(true);
    expect((await decideDeliverable.execute(actorOf(exec), { id: d.id, version: d.version + 3, decision: "ACCEPTED" }, META)).ok).toBe(true);
    const events = await db.deliverableEvent.findMany({ where: { deliverableId: d.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.toStatus)).toEqual(["SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED"]);
    expect(events[1]!.note).toBe("缺少质检流程差异");
  });

  it("stores an uploaded evidence file with its checksum", async () => {
    const d = await db.deliverable.findFirstOrThrow({ where: { projectId, name: "项目启动会议纪要" } });
    const form = new FormData();
    form.set("id", d.id);
    form.set("version", String(d.version));
    form.set("evidenceFile", new File([Buffer.from("%PDF-1.4 minutes")], "纪要.pdf", { type: "application/pdf" }));
    expect((await submitDeliverable.execute(actorOf(pm), form, META)).ok).toBe(true);
    const stored = await db.storedFile.findFirstOrThrow();
    const { createHash } = await import("node:crypto");
    expect(stored).toMatchObject({ fileName: "纪要.pdf", size: 16, sha256: createHash("sha256").update("%PDF-1.4 minutes").digest("hex") });
    const bad = new FormData();
    bad.set("id", d.id);
    bad.set("version", String(d.version));
    bad.set("evidenceFile", new File(["<script>"], "x.html", { type: "text/html" }));
    expect(await submitDeliverable.execute(actorOf(pm), bad, META)).toMatchObject({ ok: false });
  });
});

describe("gates, phases and go-live", () => {
  it("keeps the next phase closed until the gate passes, unless an executive overrides with a reason", async () => {
    const [p1, p2] = await db.phase.findMany({ where: { projectId }, orderBy: { seq: "asc" }, take: 2 });
    expect((await startPhase.execute(actorOf(pm), { phaseId: p1!.id, version: p1!.version }, META)).ok).toBe(true);
    expect(await startPhase.execute(actorOf(pm), { phaseId: p2!.id, version: p2!.version }, META)).toMatchObject({ ok: false, error: expect.stringContaining("gate has not passed") });
    expect(await startPhase.execute(actorOf(pm), { phaseId: p2!.id, version: p2!.version, overrideReason: "赶进度" }, META)).toMatchObject({ ok: false, fieldErrors: { overrideReason: "Only an executive may override." } });
    // A plain pass needs the phase's deliverables accepted; a conditional pass is possible now.
    expect(await recordGateReview.execute(actorOf(pm), { phaseId: p1!.id, decision: "PASS" }, META)).toMatchObject({ ok: false });
    expect((await recordGateReview.execute(actorOf(exec), { phaseId: p1!.id, decision: "PASS_WITH_CONDITIONS", conditions: "差异报告两周内补齐" }, META)).ok).toBe(true);
    expect((await startPhase.execute(actorOf(pm), { phaseId: p2!.id, version: p2!.version }, META)).ok).toBe(true);
    const [, p3] = await db.phase.findMany({ where: { projectId }, orderBy: { seq: "asc" }, skip: 1, take: 2 });
    expect((await startPhase.execute(actorOf(exec), { phaseId: p3!.id, version: p3!.version, overrideReason: "董事会要求提前培训" }, META)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "startPhaseOverride" } })).toBe(1);
  });

  it("refuses go-live while a blocking checklist item is open, unless an executive overrides", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    const blocked = await recordGoLive.execute(actorOf(pm), { projectId, version: project.version, date: "2026-04-01" }, META);
    expect(blocked).toMatchObject({ ok: false, error: expect.stringContaining("blocking items are open") });
    const ok = await recordGoLive.execute(actorOf(exec), { projectId, version: project.version, date: "2026-04-01", overrideReason: "期初应付差异已书面确认" }, META);
    expect(ok.ok).toBe(true);
    expect(await db.project.findUniqueOrThrow({ where: { id: projectId } })).toMatchObject({ status: "HYPERCARE", goLiveOverrideReason: "期初应付差异已书面确认" });
  });

  it("refuses a go-live date in the future and one before the earlier gates passed", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    await db.cutoverItem.updateMany({ where: { projectId }, data: { status: "DONE" } });
    const future = await recordGoLive.execute(actorOf(pm), { projectId, version: project.version, date: "2999-01-01" }, META);
    expect(future).toMatchObject({ ok: false, fieldErrors: { date: expect.stringContaining("cannot be in the future") } });
    const gatesOpen = await recordGoLive.execute(actorOf(pm), { projectId, version: project.version, date: "2026-04-01" }, META);
    expect(gatesOpen).toMatchObject({ ok: false, error: expect.stringContaining("gates of phases due before go-live") });
  });

  it("asks for a reason to waive a checklist item, and an executive for a blocking one", async () => {
    const item = await db.cutoverItem.findFirstOrThrow({ where: { projectId, blocking: true } });
    expect(await updateCutoverItem.execute(actorOf(pm), { id: item.id, version: item.version, status: "WAIVED" }, META)).toMatchObject({ ok: false, fieldErrors: { evidenceNote: expect.any(String) } });
    expect(await updateCutoverItem.execute(actorOf(pm), { id: item.id, version: item.version, status: "WAIVED", evidenceNote: "不适用" }, META)).toMatchObject({ ok: false, fieldErrors: { status: "Only an executive may override." } });
    expect((await updateCutoverItem.execute(actorOf(exec), { id: item.id, version: item.version, status: "WAIVED", evidenceNote: "本次上线无期初应付" }, META)).ok).toBe(true);
  });

  it("saves a baseline of every task's planned dates", async () => {
    expect((await saveBaseline.execute(actorOf(pm), { projectId, name: "立项基线" }, META)).ok).toBe(true);
    expect(await db.baselineTask.count()).toBe(await db.task.count({ where: { projectId } }));
  });
});
