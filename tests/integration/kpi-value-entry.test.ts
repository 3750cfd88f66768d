import { beforeEach, describe, expect, it } from "vitest";
import { deleteKpiValue, enterKpiValue, pinKpi, unpinKpi } from "@/modules/kpi/definitions";
import { MAX_PINS } from "@/modules/kpi/schemas";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

type U = Awaited<ReturnType<typeof makeUser>>;
let pm: U, owner: U, otherSupport: U, keyUser: U;

beforeEach(async () => {
  await resetDatabase();
  const it = await makeDepartment("it");
  pm = await makeUser("PROJECT_MANAGER", { departmentId: it.id });
  owner = await makeUser("SUPPORT", { departmentId: it.id });
  otherSupport = await makeUser("SUPPORT", { departmentId: it.id });
  keyUser = await makeUser("KEY_USER", { departmentId: it.id });
});

function makeKpi(over: Record<string, unknown> = {}) {
  return db.kpi.create({
    data: {
      code: `RESOLUTION_TIME_${Math.random().toString(36).slice(2, 7).toUpperCase()}`, nameZh: "问题解决时间", nameEn: "Issue resolution time", unit: "h",
      direction: "LOWER_IS_BETTER", frequency: "WEEKLY", source: "ENTERED", ownerId: owner.id, ...over,
    },
  });
}

const enter = (by: U, kpiId: string, periodStart: string, value: number | string, extra: Record<string, unknown> = {}) =>
  enterKpiValue.execute(actorOf(by), { kpiId, periodStart, value: String(value), note: "周报", ...extra }, META);

async function weekRollup(kpiId: string, monday: string) {
  return db.kpiRollup.findUnique({ where: { kpiId_grain_periodStart: { kpiId, grain: "WEEK", periodStart: new Date(`${monday}T00:00:00Z`) } } });
}

describe("entering KPI values", () => {
  it("the owner enters a value; the picked day snaps to its week, rollups and the latest value follow", async () => {
    const kpi = await makeKpi();
    const r = await enter(owner, kpi.id, "2026-03-05", 12.5); // a Thursday
    expect(r).toMatchObject({ ok: true, data: { periodStart: "2026-03-02", corrected: false } });
    const stored = await db.kpiValue.findFirstOrThrow({ where: { kpiId: kpi.id } });
    expect(stored).toMatchObject({ value: 12.5, note: "周报", origin: "MANUAL", enteredById: owner.id });
    expect(await weekRollup(kpi.id, "2026-03-02")).toMatchObject({ avgValue: 12.5, valueCount: 1 });
    expect((await db.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).latestValue).toBe(12.5);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityType: "KpiValue", entityId: kpi.id } })).toMatchObject({ action: "enterValue", actorId: owner.id });
  });

  it("a support agent who does not own the KPI is refused; a project manager may enter", async () => {
    const kpi = await makeKpi();
    expect(await enter(otherSupport, kpi.id, "2026-03-02", 10)).toMatchObject({ ok: false, error: "Only the KPI's owner or a project manager may enter its values." });
    expect(await enter(keyUser, kpi.id, "2026-03-02", 10)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await db.kpiValue.count()).toBe(0);
    expect(await enter(pm, kpi.id, "2026-03-02", 10)).toMatchObject({ ok: true });
  });

  it("a computed KPI refuses values typed by hand, even from a manager", async () => {
    const kpi = await makeKpi({ source: "COMPUTED", computation: "mttr" });
    expect(await enter(pm, kpi.id, "2026-03-02", 10)).toMatchObject({ ok: false, error: expect.stringContaining("computes this KPI") });
    expect(await db.kpiValue.count()).toBe(0);
  });

  it("refuses a period that has not started and a value that is not a number", async () => {
    const kpi = await makeKpi();
    expect(await enter(owner, kpi.id, "2099-01-05", 10)).toMatchObject({ ok: false, fieldErrors: { periodStart: "This period has not started yet." } });
    const bad = await enter(owner, kpi.id, "2026-03-02", "twelve");
    expect(bad).toMatchObject({ ok: false, fieldErrors: { value: expect.any(String) } });
    expect(bad.ok === false && bad.values?.value).toBe("twelve");
  });

  it("a correction replaces the period's value, audits the old one, and the rollups follow", async () => {
    const kpi = await makeKpi();
    await enter(owner, kpi.id, "2026-03-02", 20);
    await enter(owner, kpi.id, "2026-03-09", 16);
    expect((await db.kpiRollup.findFirstOrThrow({ where: { kpiId: kpi.id, grain: "MONTH" } })).avgValue).toBe(18);
    const r = await enter(pm, kpi.id, "2026-03-04", 14, { note: "重新统计" });
    expect(r).toMatchObject({ ok: true, data: { periodStart: "2026-03-02", corrected: true } });
    expect(await db.kpiValue.count({ where: { kpiId: kpi.id } })).toBe(2);
    expect(await weekRollup(kpi.id, "2026-03-02")).toMatchObject({ avgValue: 14 });
    expect((await db.kpiRollup.findFirstOrThrow({ where: { kpiId: kpi.id, grain: "MONTH" } })).avgValue).toBe(15);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: kpi.id, action: "correctValue" } });
    expect(audit.before).toMatchObject({ value: 20, note: "周报" });
    expect(audit.after).toMatchObject({ value: 14, note: "重新统计", version: 2 });
  });

  it("a correction made from a stale copy of the value is refused", async () => {
    const kpi = await makeKpi();
    await enter(owner, kpi.id, "2026-03-02", 20);
    await enter(pm, kpi.id, "2026-03-02", 18, { version: "1" }); // now version 2
    expect(await enter(owner, kpi.id, "2026-03-02", 25, { version: "1" })).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed") });
    expect((await db.kpiValue.findFirstOrThrow({ where: { kpiId: kpi.id } })).value).toBe(18);
  });

  it("deletes a value under the same rule; the latest value falls back to the previous period", async () => {
    const kpi = await makeKpi();
    await enter(owner, kpi.id, "2026-03-02", 20);
    await enter(owner, kpi.id, "2026-03-09", 16);
    expect(await deleteKpiValue.execute(actorOf(otherSupport), { kpiId: kpi.id, periodStart: "2026-03-09", version: "1" }, META)).toMatchObject({ ok: false });
    expect(await deleteKpiValue.execute(actorOf(owner), { kpiId: kpi.id, periodStart: "2026-03-09", version: "1" }, META)).toMatchObject({ ok: true });
    expect(await weekRollup(kpi.id, "2026-03-09")).toBeNull();
    const after = await db.kpi.findUniqueOrThrow({ where: { id: kpi.id } });
    expect(after.latestValue).toBe(20);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: kpi.id, action: "deleteValue" } })).toMatchObject({ before: expect.objectContaining({ value: 16 }) });
  });
});

describe("pinning KPIs", () => {
  it("pins own KPIs only, at most eight, and unpins", async () => {
    const kpis = await Promise.all(Array.from({ length: MAX_PINS + 1 }, () => makeKpi()));
    for (const k of kpis.slice(0, MAX_PINS)) expect(await pinKpi.execute(actorOf(keyUser), { kpiId: k.id }, META)).toMatchObject({ ok: true });
    expect(await pinKpi.execute(actorOf(keyUser), { kpiId: kpis[0].id }, META)).toMatchObject({ ok: true }); // already pinned: no change
    expect(await pinKpi.execute(actorOf(keyUser), { kpiId: kpis[MAX_PINS].id }, META)).toMatchObject({ ok: false, error: "You can pin at most 8 KPIs. Unpin one first." });
    expect(await db.kpiPin.count({ where: { userId: keyUser.id } })).toBe(MAX_PINS);
    // Someone else's pins are their own: unpinning touches only the caller's.
    await pinKpi.execute(actorOf(pm), { kpiId: kpis[0].id }, META);
    expect(await unpinKpi.execute(actorOf(pm), { kpiId: kpis[0].id }, META)).toMatchObject({ ok: true });
    expect(await db.kpiPin.count({ where: { kpiId: kpis[0].id } })).toBe(1);
    expect(await unpinKpi.execute(actorOf(keyUser), { kpiId: kpis[0].id }, META)).toMatchObject({ ok: true });
    expect(await pinKpi.execute(actorOf(keyUser), { kpiId: kpis[MAX_PINS].id }, META)).toMatchObject({ ok: true });
    const positions = (await db.kpiPin.findMany({ where: { userId: keyUser.id }, orderBy: { position: "asc" } })).map((p) => p.kpiId);
    expect(positions.at(-1)).toBe(kpis[MAX_PINS].id);
  });

  it("eight pins clicked at once still respect the limit", async () => {
    const kpis = await Promise.all(Array.from({ length: MAX_PINS + 4 }, () => makeKpi()));
    const results = await Promise.all(kpis.map((k) => pinKpi.execute(actorOf(keyUser), { kpiId: k.id }, META)));
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_PINS);
    expect(await db.kpiPin.count({ where: { userId: keyUser.id } })).toBe(MAX_PINS);
  });

  it("refuses an archived or unknown KPI", async () => {
    const archived = await makeKpi({ active: false });
    expect(await pinKpi.execute(actorOf(keyUser), { kpiId: archived.id }, META)).toMatchObject({ ok: false, error: "This KPI is archived." });
    expect(await pinKpi.execute(actorOf(keyUser), { kpiId: "00000000-0000-4000-8000-000000000000" }, META)).toMatchObject({ ok: false, error: "This KPI no longer exists." });
  });
});
