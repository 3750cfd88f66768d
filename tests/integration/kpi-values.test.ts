import { beforeEach, describe, expect, it } from "vitest";
import { refreshKpiRollups, writeKpiValues } from "@/modules/kpi/values";
import { db, resetDatabase } from "../support/db";

async function makeKpi(code = "INVENTORY_ACCURACY") {
  return db.kpi.create({
    data: { code, nameZh: "库存准确率", nameEn: "Inventory accuracy", unit: "%", direction: "HIGHER_IS_BETTER", frequency: "DAILY", source: "ENTERED" },
  });
}

async function rollups(kpiId: string, grain: "WEEK" | "MONTH" | "QUARTER") {
  const rows = await db.kpiRollup.findMany({ where: { kpiId, grain }, orderBy: { periodStart: "asc" } });
  return rows.map((r) => ({ period: r.periodStart.toISOString().slice(0, 10), avg: r.avgValue, last: r.lastValue, n: r.valueCount }));
}

describe("KPI values and their rollups", () => {
  beforeEach(resetDatabase);

  it("rolls daily values up into weeks, months and quarters, and keeps the latest value on the KPI", async () => {
    const kpi = await makeKpi();
    // Tue 2026-03-31 … Fri 2026-04-03: one ISO week, two months, two quarters.
    await db.$transaction((tx) =>
      writeKpiValues(tx, kpi.id, [
        { periodStart: "2026-03-31", value: 90 },
        { periodStart: "2026-04-01", value: 92 },
        { periodStart: "2026-04-03", value: 97 },
      ], "MANUAL", null),
    );
    expect(await rollups(kpi.id, "WEEK")).toEqual([{ period: "2026-03-30", avg: 93, last: 97, n: 3 }]);
    expect(await rollups(kpi.id, "MONTH")).toEqual([
      { period: "2026-03-01", avg: 90, last: 90, n: 1 },
      { period: "2026-04-01", avg: 94.5, last: 97, n: 2 },
    ]);
    expect((await rollups(kpi.id, "QUARTER")).map((r) => r.period)).toEqual(["2026-01-01", "2026-04-01"]);
    const after = await db.kpi.findUniqueOrThrow({ where: { id: kpi.id } });
    expect(after.latestValue).toBe(97);
    expect(after.latestPeriodStart?.toISOString().slice(0, 10)).toBe("2026-04-03");
  });

  it("a corrected value replaces the period's value and its rollups, leaving other KPIs and periods alone", async () => {
    const [a, b] = [await makeKpi("A"), await makeKpi("B")];
    await writeKpiValues(db, a.id, [{ periodStart: "2026-01-05", value: 10 }, { periodStart: "2026-02-02", value: 20 }], "IMPORT", null);
    await writeKpiValues(db, b.id, [{ periodStart: "2026-01-05", value: 5 }], "IMPORT", null);
    await writeKpiValues(db, a.id, [{ periodStart: "2026-01-05", value: 12, note: "盘点后更正" }], "MANUAL", null);
    const value = await db.kpiValue.findUniqueOrThrow({ where: { kpiId_periodStart: { kpiId: a.id, periodStart: new Date("2026-01-05") } } });
    expect([value.value, value.note, value.origin, value.version]).toEqual([12, "盘点后更正", "MANUAL", 2]);
    expect(await rollups(a.id, "MONTH")).toEqual([
      { period: "2026-01-01", avg: 12, last: 12, n: 1 },
      { period: "2026-02-01", avg: 20, last: 20, n: 1 },
    ]);
    expect(await rollups(b.id, "MONTH")).toEqual([{ period: "2026-01-01", avg: 5, last: 5, n: 1 }]);
  });

  it("a full rebuild after a bulk load equals the incremental result", async () => {
    const kpi = await makeKpi();
    const values = Array.from({ length: 120 }, (_, i) => ({ periodStart: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), value: 80 + (i % 17) }));
    await writeKpiValues(db, kpi.id, values, "SEED", null);
    const incremental = await rollups(kpi.id, "WEEK");
    await db.kpiRollup.deleteMany({});
    await refreshKpiRollups(db, [kpi.id]);
    expect(await rollups(kpi.id, "WEEK")).toEqual(incremental);
    expect(incremental.reduce((n, r) => n + r.n, 0)).toBe(120);
  });
});
