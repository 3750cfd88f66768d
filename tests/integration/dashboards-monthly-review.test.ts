import { beforeEach, describe, expect, it } from "vitest";
import { addMonthlyReviewAction, removeMonthlyReviewAction, saveMonthlyReview, updateMonthlyReviewAction } from "@/modules/dashboards/definitions";
import { getMonthlyReport, listMonthlyReviews } from "@/modules/dashboards/monthly-queries";
import { seedDemoMonthlyReviews } from "@/modules/dashboards/demo-reviews";
import { actionStamp } from "@/modules/dashboards/review-stamp";
import { writeKpiValues } from "@/modules/kpi/values";
import { actorOf, db, makeUser, META, resetDatabase } from "../support/db";

// The monthly review (月度回顾): summary and per-KPI comments under an optimistic version check, actions with a
// stale-form check, refusals for other roles and for months that are malformed or still to come.
let pm: ReturnType<typeof actorOf>;
let exec: ReturnType<typeof actorOf>;
let kpiId: string;

beforeEach(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe(`TRUNCATE "Kpi", "MonthlyReview" CASCADE`);
  pm = actorOf(await makeUser("PROJECT_MANAGER"));
  exec = actorOf(await makeUser("EXECUTIVE"));
  const kpi = await db.kpi.create({
    data: {
      code: "INVENTORY_ACCURACY", nameZh: "库存准确率", nameEn: "Inventory accuracy", unit: "%", direction: "HIGHER_IS_BETTER", frequency: "MONTHLY", source: "ENTERED",
      baselineValue: 85, baselineDate: new Date("2026-06-01T00:00:00Z"), targets: { create: [{ dueDate: new Date("2026-09-01T00:00:00Z"), value: 98 }] },
    },
  });
  kpiId = kpi.id;
});

const save = (actor: typeof pm, input: Record<string, unknown>) => saveMonthlyReview.execute(actor, input, META);

describe("monthly review: summary and comments", () => {
  it("creates the month's review from version 0, then saves only over the version it was read at", async () => {
    const created = await save(pm, { month: "2026-10", version: "0", summary: "库存准确率达到 97%", [`comment_${kpiId}`]: "盘点差异已清理" });
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    const updated = await save(pm, { month: "2026-10", version: "1", summary: "库存准确率达到 97.5%", [`comment_${kpiId}`]: "" });
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    // A second editor still holding version 1 is refused, and nothing of theirs is written.
    const stale = await save(pm, { month: "2026-10", version: "1", summary: "覆盖", [`comment_${kpiId}`]: "覆盖" });
    expect(stale).toMatchObject({ ok: false, error: "Someone else changed this record. Reload the page to see their changes, then save again." });
    // The same for a second "first" save of a month that now exists.
    expect(await save(pm, { month: "2026-10", version: "0", summary: "x" })).toMatchObject({ ok: false });
    const review = await db.monthlyReview.findFirstOrThrow({ include: { comments: true } });
    expect(review).toMatchObject({ summary: "库存准确率达到 97.5%", version: 2 });
    expect(review.comments).toEqual([]); // the emptied comment was removed
    const audit = await db.auditLog.findMany({ where: { entityType: "MonthlyReview" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses other roles, malformed and future months, and unknown KPIs, writing nothing", async () => {
    expect(await save(exec, { month: "2026-10", version: "0", summary: "x" })).toMatchObject({ ok: false, error: "Your role may not do this." });
    const bad = await save(pm, { month: "2026-13", version: "0", summary: "x" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { month: expect.any(String) }, values: { summary: "x" } });
    const future = await save(pm, { month: "2099-01", version: "0", summary: "x" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { month: "This month has not begun yet; it cannot be reviewed." } });
    const unknown = await save(pm, { month: "2026-10", version: "0", summary: "x", comment_3b7e8f3c0e2a4b6c8d9e0f1a2b3c4d5e: "?" });
    expect(unknown.ok).toBe(false);
    const ghost = await save(pm, { month: "2026-10", version: "0", summary: "x", "comment_5f0c1a52-3f0e-4f3a-9a57-2a1c0c1e9999": "?" });
    expect(ghost).toMatchObject({ ok: false, error: "One of the KPIs no longer exists. Reload the page." });
    expect(await db.monthlyReview.count()).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "MonthlyReview" } })).toBe(0);
  });
});

describe("monthly review: actions", () => {
  it("adds, updates and removes actions; a form showing an old state of the row is refused", async () => {
    const added = await addMonthlyReviewAction.execute(pm, { month: "2026-10", title: "月底前完成仓库盘点", ownerId: pm.id, dueDate: "2026-11-30" }, META);
    expect(added.ok).toBe(true);
    const row = await db.monthlyReviewAction.findFirstOrThrow();
    const stamp = actionStamp(row);
    const done = await updateMonthlyReviewAction.execute(pm, { id: row.id, stamp, title: row.title, ownerId: pm.id, dueDate: "2026-11-30", done: "on" }, META);
    expect(done).toMatchObject({ ok: true });
    // Another editor's form still carries the old stamp: refused, the row keeps "done".
    const stale = await updateMonthlyReviewAction.execute(pm, { id: row.id, stamp, title: "改名", ownerId: "", dueDate: "" }, META);
    expect(stale).toMatchObject({ ok: false, error: "Someone else changed this record. Reload the page to see their changes, then save again." });
    expect(await db.monthlyReviewAction.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ title: "月底前完成仓库盘点", done: true });
    expect(await removeMonthlyReviewAction.execute(pm, { id: row.id, stamp }, META)).toMatchObject({ ok: false });
    const fresh = actionStamp(await db.monthlyReviewAction.findUniqueOrThrow({ where: { id: row.id } }));
    expect(await removeMonthlyReviewAction.execute(pm, { id: row.id, stamp: fresh }, META)).toMatchObject({ ok: true });
    expect(await db.monthlyReviewAction.count()).toBe(0);
    const audit = await db.auditLog.findMany({ where: { entityType: "MonthlyReviewAction" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses an empty title, an unknown owner and a non-editor", async () => {
    expect(await addMonthlyReviewAction.execute(pm, { month: "2026-10", title: " " }, META)).toMatchObject({ ok: false, fieldErrors: { title: expect.any(String) } });
    expect(await addMonthlyReviewAction.execute(pm, { month: "2026-10", title: "x", ownerId: "5f0c1a52-3f0e-4f3a-9a57-2a1c0c1e9999" }, META)).toMatchObject({
      ok: false, fieldErrors: { ownerId: "Choose an active user as owner." },
    });
    expect(await addMonthlyReviewAction.execute(exec, { month: "2026-10", title: "x" }, META)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await db.monthlyReview.count()).toBe(0);
  });
});

describe("monthly report", () => {
  it("shows each KPI's month-end value against the month before, the target path and the comment; lists reviewed months newest first", async () => {
    await db.$transaction((tx) => writeKpiValues(tx, kpiId, [{ periodStart: "2026-09-01", value: 95 }, { periodStart: "2026-10-01", value: 97.5 }], "MANUAL", null));
    await save(pm, { month: "2026-10", version: "0", summary: "十月", [`comment_${kpiId}`]: "接近目标" });
    await save(pm, { month: "2026-09", version: "0", summary: "九月" });
    const report = await getMonthlyReport("2026-10-01", "2026-11-22");
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ value: 97.5, previous: 95, expected: 98, status: "AMBER", comment: "接近目标" });
    expect(report.rows[0].improvement).toBeCloseTo(14.7, 1);
    const list = await listMonthlyReviews(1, 20);
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.month)).toEqual(["2026-10-01", "2026-09-01"]);
  });
});

describe("demo monthly reviews", () => {
  it("writes one review per month from three months before go-live to last month, once", async () => {
    const options = { goLive: new Date("2026-09-01T00:00:00Z"), today: new Date("2026-11-22T00:00:00Z"), emailDomain: "test.local" };
    expect(await seedDemoMonthlyReviews(db, options)).toBe(5);
    expect(await seedDemoMonthlyReviews(db, options)).toBe(0);
    const list = await listMonthlyReviews(1, 20);
    expect(list.rows.map((r) => r.month)).toEqual(["2026-10-01", "2026-09-01", "2026-08-01", "2026-07-01", "2026-06-01"]);
    // The KPI seeded here has a comment from the go-live month (September) on; older months' actions are done.
    expect(list.rows[0]).toMatchObject({ _count: { comments: 1, actions: 3 } });
    expect(list.rows[2]).toMatchObject({ _count: { comments: 0 }, actionsDone: 3 });
  });
});
