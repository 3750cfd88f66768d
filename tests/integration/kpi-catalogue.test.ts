import { beforeEach, describe, expect, it } from "vitest";
import { createKpi, setKpiActive, updateKpi } from "@/modules/kpi/definitions";
import { kpiHealth } from "@/modules/kpi/health";
import { listKpis, parseKpiFilter, withHealth } from "@/modules/kpi/queries";
import { writeKpiValues } from "@/modules/kpi/values";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

type U = Awaited<ReturnType<typeof makeUser>>;
let pm: U, exec: U, owner: U;
let deptId: string;

beforeEach(async () => {
  await resetDatabase(); // cascades to KPIs, targets, values, rollups and pins
  deptId = (await makeDepartment("wh")).id;
  pm = await makeUser("PROJECT_MANAGER", { departmentId: deptId });
  exec = await makeUser("EXECUTIVE", { departmentId: deptId });
  owner = await makeUser("DATA_STEWARD", { departmentId: deptId });
});

const KPI = {
  code: "INVENTORY_ACCURACY",
  nameZh: "库存准确率",
  nameEn: "Inventory accuracy",
  definitionZh: "盘点账实相符的库位数 ÷ 盘点库位总数",
  unit: "%",
  decimals: "1",
  direction: "HIGHER_IS_BETTER",
  frequency: "MONTHLY",
  source: "ENTERED",
  baselineValue: "85",
  baselineDate: "2026-01-01",
  greenWithinPct: "0",
  amberWithinPct: "5",
  graceDays: "5",
  targets: JSON.stringify([
    { dueDate: "2026-07-01", value: "99", labelZh: "6个月", labelEn: "6 months" },
    { dueDate: "2026-04-01", value: "98", labelZh: "3个月", labelEn: "3 months" },
  ]),
};

async function create(over: Record<string, unknown> = {}) {
  const r = await createKpi.execute(actorOf(pm), { ...KPI, ownerId: owner.id, departmentId: deptId, ...over }, META);
  if (!r.ok) throw new Error(`create failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.kpi.findUniqueOrThrow({ where: { id: r.data.id }, include: { targets: { orderBy: { dueDate: "asc" } } } });
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("defining KPIs", () => {
  it("creates a KPI with several dated targets in date order, and audits it", async () => {
    const kpi = await create();
    expect(kpi).toMatchObject({ code: "INVENTORY_ACCURACY", baselineValue: 85, amberWithinPct: 5, ownerId: owner.id, departmentId: deptId, active: true, version: 1 });
    expect(kpi.targets.map((t) => [day(t.dueDate), t.value, t.labelEn])).toEqual([["2026-04-01", 98, "3 months"], ["2026-07-01", 99, "6 months"]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: kpi.id } });
    expect(audit).toMatchObject({ action: "create", entityType: "Kpi", actorId: pm.id });
    expect((audit.after as { targets: unknown[] }).targets).toHaveLength(2);
  });

  it("refuses a duplicate code next to the field, keeping what was typed", async () => {
    await create();
    const r = await createKpi.execute(actorOf(pm), { ...KPI, code: "inventory_accuracy", nameEn: "Second" }, META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { code: "The code INVENTORY_ACCURACY is already used by another KPI." } });
    expect(r.ok === false && r.values?.nameEn).toBe("Second");
    expect(await db.kpi.count()).toBe(1);
  });

  it.each([
    ["a code with spaces", { code: "inv acc" }, "code", "Not a valid value"],
    ["green above amber", { greenWithinPct: "10", amberWithinPct: "5" }, "amberWithinPct", "amber threshold must be at least"],
    ["a baseline value without its date", { baselineDate: "" }, "baselineDate", "together"],
    ["a target without a number", { targets: JSON.stringify([{ dueDate: "2026-04-01", value: "abc" }]) }, "targets", "Target 1: enter a number"],
    ["two targets on one date", { targets: JSON.stringify([{ dueDate: "2026-04-01", value: "98" }, { dueDate: "2026-04-01", value: "99" }]) }, "targets", "Target 2: another target"],
    ["a target before the baseline", { targets: JSON.stringify([{ dueDate: "2025-12-01", value: "98" }]) }, "targets", "after the baseline date"],
    ["an unknown owner", { ownerId: "00000000-0000-4000-8000-000000000000" }, "ownerId", "active user"],
  ])("refuses %s, writing nothing", async (_label, over, field, message) => {
    const r = await createKpi.execute(actorOf(pm), { ...KPI, ...over }, META);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.fieldErrors?.[field]).toContain(message);
    expect(await db.kpi.count()).toBe(0);
  });

  it("refuses a key user as owner: the owner enters the values and key users may not", async () => {
    const keyUser = await makeUser("KEY_USER", { departmentId: deptId });
    const r = await createKpi.execute(actorOf(pm), { ...KPI, ownerId: keyUser.id }, META);
    expect(r.ok === false && r.fieldErrors?.ownerId).toContain("who may enter KPI values");
    expect(await db.kpi.count()).toBe(0);
  });

  it("edits with the version it was read at; a stale edit is refused and changes nothing", async () => {
    const kpi = await create();
    const edit = { ...KPI, id: kpi.id, version: kpi.version, ownerId: owner.id, departmentId: deptId };
    const first = await updateKpi.execute(actorOf(pm), { ...edit, nameEn: "Stock accuracy", targets: JSON.stringify([{ dueDate: "2027-01-01", value: "99.5" }]) }, META);
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateKpi.execute(actorOf(pm), { ...edit, nameEn: "Other" }, META);
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed this record") });
    const after = await db.kpi.findUniqueOrThrow({ where: { id: kpi.id }, include: { targets: true } });
    expect(after.nameEn).toBe("Stock accuracy");
    expect(after.targets.map((t) => [day(t.dueDate), t.value])).toEqual([["2027-01-01", 99.5]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: kpi.id, action: "update" } });
    expect((audit.before as { nameEn: string }).nameEn).toBe("Inventory accuracy");
  });

  it("keeps a computed KPI computed whatever the form sends", async () => {
    const kpi = await db.kpi.create({ data: { code: "PLAN_PROGRESS", nameZh: "计划进度", nameEn: "Plan progress", unit: "%", direction: "HIGHER_IS_BETTER", frequency: "WEEKLY", source: "COMPUTED", computation: "plan_progress" } });
    const r = await updateKpi.execute(actorOf(pm), { ...KPI, code: "PLAN_PROGRESS", id: kpi.id, version: 1, source: "ENTERED" }, META);
    expect(r.ok).toBe(true);
    expect(await db.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).toMatchObject({ source: "COMPUTED", computation: "plan_progress" });
  });

  it("archives and restores; an executive may do neither", async () => {
    const kpi = await create();
    expect(await setKpiActive.execute(actorOf(exec), { id: kpi.id, version: 1, active: "false" }, META)).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(await setKpiActive.execute(actorOf(pm), { id: kpi.id, version: 1, active: "false" }, META)).toMatchObject({ ok: true });
    expect((await db.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).active).toBe(false);
    expect(await setKpiActive.execute(actorOf(pm), { id: kpi.id, version: 1, active: "true" }, META)).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { entityId: kpi.id, action: "archive" } })).toBe(1);
  });
});

describe("the catalogue list", () => {
  const opts = (over = {}) => ({ sort: "code" as const, dir: "asc" as const, locale: "en", today: "2026-06-15", userId: exec.id, ...over });

  it("computes the same status in SQL (filter, sort) as the shared rules (display) for varied KPIs", async () => {
    // Expected on 2026-05-01 along 85 (Jan 1) → 98 (Apr 1) → 99 (Jul 1): 98 + 30/91 ≈ 98.33.
    const cases: [string, Record<string, unknown>, number | null][] = [
      ["GREEN_ON_PATH", {}, 98.5],
      ["AMBER_SHORT", {}, 95],
      ["RED_FAR", {}, 80],
      ["NO_VALUE", {}, null],
      // 7.2 h against an expected 7 h is 2.9 % short: amber. Before its baseline date a KPI is held to the baseline.
      ["LOWER_BETTER", { direction: "LOWER_IS_BETTER", baselineValue: "10", targets: JSON.stringify([{ dueDate: "2026-04-01", value: "7" }]) }, 7.2],
      ["NO_TARGETS", { baselineValue: "", baselineDate: "", targets: "[]" }, 90],
      ["BEFORE_BASELINE", { baselineDate: "2026-06-01", targets: JSON.stringify([{ dueDate: "2026-09-01", value: "99" }]) }, 84],
      ["ZERO_EXPECTED", { direction: "LOWER_IS_BETTER", baselineValue: "0", targets: "[]" }, 1],
    ];
    for (const [code, over, value] of cases) {
      const kpi = await create({ code, ...over });
      if (value != null) await db.$transaction((tx) => writeKpiValues(tx, kpi.id, [{ periodStart: "2026-05-01", value }], "SEED", null));
    }
    const { rows } = await listKpis(parseKpiFilter({ state: "all" }, ""), opts(), 1, 50);
    const entries = await withHealth(rows, "2026-06-15");
    const byCode = Object.fromEntries(entries.map((e) => [e.row.code, e]));
    for (const e of entries) {
      expect(e.row.status, e.row.code).toBe(e.health.status);
      if (e.health.expected != null) expect(e.row.expected!, e.row.code).toBeCloseTo(e.health.expected, 9);
    }
    expect(Object.fromEntries(entries.map((e) => [e.row.code, e.health.status]))).toMatchObject({
      GREEN_ON_PATH: "GREEN", AMBER_SHORT: "AMBER", RED_FAR: "RED", NO_VALUE: "NONE", LOWER_BETTER: "AMBER", BEFORE_BASELINE: "AMBER", ZERO_EXPECTED: "RED",
    });
    expect(byCode.NO_VALUE.health.timeliness?.state).toBe("MISSING");
    expect(byCode.AMBER_SHORT.health.next).toMatchObject({ dueDate: "2026-07-01", value: 99, daysLeft: 16 });
    // Filtering and sorting by status happen in the database.
    const red = await listKpis(parseKpiFilter({ status: "RED", state: "all" }, ""), opts(), 1, 50);
    expect(red.rows.map((r) => r.code).sort()).toEqual(["RED_FAR", "ZERO_EXPECTED"]);
    const worstFirst = await listKpis(parseKpiFilter({}, ""), opts({ sort: "status" }), 1, 3);
    expect(worstFirst.rows.map((r) => r.status)).toEqual(["RED", "RED", "AMBER"]);
    expect(worstFirst.total).toBe(8);
  });

  it("searches code and both names, filters by department and state, and pages in the database", async () => {
    const other = await makeDepartment("fin");
    await create({ code: "ORDER_CYCLE", nameZh: "订单处理时间", nameEn: "Order processing time" });
    await create({ code: "DSO", nameZh: "应收账款周期", nameEn: "Receivables cycle", departmentId: other.id });
    const archived = await create({ code: "OLD_ONE", nameZh: "旧指标", nameEn: "Old" });
    await setKpiActive.execute(actorOf(pm), { id: archived.id, version: 1, active: "false" }, META);
    const codes = async (raw: Record<string, string>, q = "") => (await listKpis(parseKpiFilter(raw, q), opts(), 1, 20)).rows.map((r) => r.code);
    expect(await codes({}, "订单")).toEqual(["ORDER_CYCLE"]);
    expect(await codes({}, "receivables")).toEqual(["DSO"]);
    expect(await codes({ dept: other.id })).toEqual(["DSO"]);
    expect(await codes({ state: "archived" })).toEqual(["OLD_ONE"]);
    expect(await codes({ dept: "company" })).toEqual([]);
    const page2 = await listKpis(parseKpiFilter({}, ""), opts(), 2, 1);
    expect(page2).toMatchObject({ total: 2, rows: [{ code: "ORDER_CYCLE" }] });
  });

  it("health matches the rules for a KPI read straight from the table", async () => {
    const kpi = await create();
    await db.$transaction((tx) => writeKpiValues(tx, kpi.id, [{ periodStart: "2026-03-01", value: 96 }], "SEED", null));
    const row = await db.kpi.findUniqueOrThrow({ where: { id: kpi.id }, include: { targets: true } });
    const h = kpiHealth(row, row.targets, "2026-06-15");
    // Expected on Mar 1: 85 + 13 × 59/90 ≈ 93.52, so 96 is green; April and May are overdue.
    expect(h).toMatchObject({ status: "GREEN", timeliness: { state: "LATE", missingPeriods: 2 } });
  });
});
