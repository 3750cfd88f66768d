import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { KpiFrequency, KpiSource } from "@/generated/prisma/enums";
import { importKpiValues, pushKpiValues, type ImportOutcome } from "@/modules/kpi/transfer/definitions";
import { templateCsv, templateXlsx } from "@/modules/kpi/transfer/template";
import type { ActionResult } from "@/server/action";
import { formDataWith } from "../fixtures/plan-transfer";
import { actorOf, db, makeUser, META, resetDatabase } from "../support/db";

// The REST route runs outside Next here: no request headers, no browser session (tokens only).
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/server/session", () => ({ getActor: async () => null }));

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures", name));

let pm: Awaited<ReturnType<typeof makeUser>>;
let support: Awaited<ReturnType<typeof makeUser>>;
let steward: Awaited<ReturnType<typeof makeUser>>;
const ids = new Map<string, string>();

async function kpi(code: string, frequency: KpiFrequency, source: KpiSource, ownerId: string | null, active = true) {
  const row = await db.kpi.create({ data: { code, nameZh: `指标 ${code}`, nameEn: `KPI ${code}`, unit: "%", direction: "HIGHER_IS_BETTER", frequency, source, ownerId, active } });
  ids.set(code, row.id);
}

beforeEach(async () => {
  await resetDatabase(); // cascades to KPIs, values and rollups through their users
  await db.$executeRawUnsafe(`TRUNCATE "Kpi" CASCADE`);
  pm = await makeUser("PROJECT_MANAGER");
  support = await makeUser("SUPPORT");
  steward = await makeUser("DATA_STEWARD");
  await kpi("INVENTORY_ACCURACY", "MONTHLY", "IMPORTED", steward.id);
  await kpi("ON_TIME_DELIVERY", "WEEKLY", "IMPORTED", support.id);
  await kpi("ORDER_PROCESSING_TIME", "DAILY", "ENTERED", pm.id);
  await kpi("SLA_RESOLUTION", "WEEKLY", "COMPUTED", support.id);
  await kpi("OLD_KPI", "MONTHLY", "ENTERED", pm.id, false);
});

function importFile(name: string, bytes: Buffer | string = fixture(name), fields: Record<string, string> = {}, actor = pm) {
  return importKpiValues.execute(actorOf(actor), formDataWith(fields, { bytes, name }), META);
}

function outcome(r: ActionResult<ImportOutcome>): ImportOutcome {
  if (!r.ok) throw new Error(`action failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r.data;
}

const values = async (code: string) =>
  (await db.kpiValue.findMany({ where: { kpiId: ids.get(code) }, orderBy: { periodStart: "asc" } })).map((v) => ({
    period: v.periodStart.toISOString().slice(0, 10), value: v.value, note: v.note, origin: v.origin, by: v.enteredById,
  }));

describe("importing a file", () => {
  it("writes every row of a valid CSV through the value path, with rollups, latest value and an audit entry", async () => {
    const r = outcome(await importFile("kpi-values-good.csv"));
    expect(r.status).toBe("written");
    if (r.status !== "written") return;
    expect(r.summary).toMatchObject({ rows: 5, kpis: 3, created: 5, replaced: 0, normalised: 2, skippedEmpty: 1 });
    expect(await values("INVENTORY_ACCURACY")).toEqual([
      { period: "2026-09-01", value: 96.8, note: null, origin: "IMPORT", by: pm.id },
      { period: "2026-10-01", value: 97.2, note: "10月盘点", origin: "IMPORT", by: pm.id },
    ]);
    expect((await values("ON_TIME_DELIVERY")).map((v) => [v.period, v.value, v.note])).toEqual([["2026-10-26", 91.5, null], ["2026-11-02", 92, "客户催货, 已加急"]]);
    const accuracy = await db.kpi.findUniqueOrThrow({ where: { id: ids.get("INVENTORY_ACCURACY") } });
    expect(accuracy).toMatchObject({ latestValue: 97.2, latestPeriodStart: new Date("2026-10-01T00:00:00Z") });
    expect(await db.kpiRollup.count({ where: { kpiId: ids.get("INVENTORY_ACCURACY"), grain: "MONTH" } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "importValues" } });
    expect(audit).toMatchObject({ actorId: pm.id, entityType: "KpiValue" });
    expect(audit.after).toMatchObject({ fileName: "kpi-values-good.csv", format: "csv", rows: 5, kpis: 3, created: 5, replaced: 0 });

    // The same file again replaces instead of adding.
    const again = outcome(await importFile("kpi-values-good.csv"));
    expect(again.status === "written" && again.summary).toMatchObject({ created: 0, replaced: 5 });
    expect(await db.kpiValue.count()).toBe(5);
  });

  it("reads an .xlsx with Chinese headers, real dates, week numbers and formulas", async () => {
    const r = outcome(await importFile("kpi-values-good.xlsx"));
    expect(r.status === "written" && r.summary).toMatchObject({ rows: 4, kpis: 3, created: 4, normalised: 1, skippedEmpty: 1 });
    expect((await values("INVENTORY_ACCURACY")).map((v) => [v.period, v.value, v.note])).toEqual([["2026-08-01", 96.1, "8月盘点"]]);
    expect((await values("ON_TIME_DELIVERY")).map((v) => v.period)).toEqual(["2026-10-12", "2026-10-19"]);
    expect((await values("ORDER_PROCESSING_TIME")).map((v) => [v.period, v.value])).toEqual([["2026-11-05", 6.3]]);
  });

  it("reads a GB18030 CSV from Chinese Excel with a title above its header", async () => {
    const r = outcome(await importFile("kpi-values-gbk.csv"));
    expect(r.status === "written" && r.summary).toMatchObject({ rows: 2, kpis: 2 });
    expect((await values("INVENTORY_ACCURACY")).map((v) => [v.period, v.value, v.note])).toEqual([["2026-10-01", 97.4, "月末盘点复核"]]);
  });

  it("writes nothing when one row is bad, and names that row", async () => {
    const r = outcome(await importFile("kpi-values-bad.csv"));
    expect(r).toEqual({ status: "invalid", rows: 3, errorCount: 1, errors: [{ row: 3, column: "value", key: "kpiTransfer.errors.notNumber", params: { value: "n/a" } }] });
    expect(await db.kpiValue.count()).toBe(0);
    expect(await db.kpiRollup.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "importValues" } })).toBe(0);
  });

  it("reports every bad row of an .xlsx: unknown, computed and archived KPIs, periods, numbers, duplicates", async () => {
    const r = outcome(await importFile("kpi-values-bad.xlsx"));
    if (r.status !== "invalid") throw new Error("expected row errors");
    expect(r.errors.map((e) => [e.row, e.column, e.key.replace("kpiTransfer.errors.", "")])).toEqual([
      [3, "kpi_code", "unknownKpi"],
      [4, "kpi_code", "computedKpi"],
      [5, "period", "badPeriod"],
      [6, "period", "periodGrain"],
      [7, "value", "notNumber"],
      [8, "period", "duplicate"],
      [9, "period", "futurePeriod"],
      [10, "kpi_code", "archivedKpi"],
    ]);
    expect(r.errors[5]!.params).toMatchObject({ first: 2 });
    expect(await db.kpiValue.count()).toBe(0);
  });

  it("only checks when asked, and says what the import would do", async () => {
    await db.kpiValue.create({ data: { kpiId: ids.get("INVENTORY_ACCURACY")!, periodStart: new Date("2026-10-01T00:00:00Z"), value: 90, origin: "MANUAL" } });
    const r = outcome(await importFile("kpi-values-good.csv", undefined, { validateOnly: "on" }));
    expect(r.status).toBe("checked");
    expect(r.status === "checked" && r.summary).toMatchObject({ rows: 5, created: 4, replaced: 1 });
    expect(await db.kpiValue.count()).toBe(1);
  });

  it("refuses files that are not spreadsheets, old .xls, files too large and files without the columns", async () => {
    const fieldError = async (bytes: Buffer | string, name: string) => {
      const r = await importFile(name, bytes);
      return r.ok ? r.data : r.fieldErrors?.file;
    };
    expect(await fieldError(Buffer.from("%PDF-1.7\n\u0000\u0001\u0002"), "values.csv")).toBe("This file is neither an .xlsx workbook nor a CSV text file.");
    expect(await fieldError(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "values.xls")).toMatch(/old \.xls/);
    expect(await fieldError(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), "big.csv")).toBe("The file is larger than 5 MB.");
    expect(await fieldError(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), "broken.xlsx")).toMatch(/could not be read/);
    expect(await fieldError("kpi_code,period,value\n", "empty.csv")).toBe("The file has a header but no values.");
    expect(await fieldError("code;value\nX;1\n", "semicolons.csv")).toEqual({
      status: "invalid", rows: 0, errorCount: 1, errors: [{ row: 1, column: "period", key: "kpiTransfer.errors.missingColumn", params: { column: "period" } }],
    });
    expect(await db.kpiValue.count()).toBe(0);
  });

  it("is for KPI managers only", async () => {
    const r = await importFile("kpi-values-good.csv", undefined, {}, support);
    expect(r).toMatchObject({ ok: false, error: "Your role may not do this." });
  });

  it("offers templates that import as they are", async () => {
    const latest = { INVENTORY_ACCURACY: "2026-09-01", ON_TIME_DELIVERY: "2026-11-02", ORDER_PROCESSING_TIME: "2026-11-20" };
    for (const [code, day] of Object.entries(latest)) {
      await db.kpi.update({ where: { id: ids.get(code) }, data: { latestPeriodStart: new Date(`${day}T00:00:00Z`), latestValue: 95 } });
    }
    const csv = await templateCsv("2026-11-22");
    expect(csv.startsWith("\uFEFFkpi_code,period,value,note\r\n")).toBe(true);
    expect(csv).not.toContain("SLA_RESOLUTION");
    expect(outcome(await importFile("template.csv", csv)).status).toBe("written");
    // Each example is the period after the latest one.
    expect((await values("INVENTORY_ACCURACY")).map((v) => v.period)).toEqual(["2026-10-01"]);
    expect((await values("ON_TIME_DELIVERY")).map((v) => v.period)).toEqual(["2026-11-09"]);
    expect((await values("ORDER_PROCESSING_TIME")).map((v) => v.period)).toEqual(["2026-11-21"]);
    const xlsx = outcome(await importFile("template.xlsx", await templateXlsx("zh-CN", "2026-11-22"), { validateOnly: "on" }));
    expect(xlsx.status).toBe("checked");
  });
});

describe("pushing values by REST", () => {
  const push = (actor: typeof pm, body: unknown) => pushKpiValues.execute(actorOf(actor), body, META);

  it("lets an owner write their KPI and refuses the KPIs of others, writing nothing", async () => {
    const ok = outcome(await push(support, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 93.5, note: "MES" }] }));
    expect(ok.status === "written" && ok.summary).toMatchObject({ rows: 1, created: 1 });
    expect(await values("ON_TIME_DELIVERY")).toEqual([{ period: "2026-11-09", value: 93.5, note: "MES", origin: "API", by: support.id }]);

    const refused = outcome(await push(support, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-16", value: 90 }, { kpi: "INVENTORY_ACCURACY", period: "2026-10", value: 97 }] }));
    expect(refused).toMatchObject({ status: "invalid", errors: [{ row: 2, column: "kpi_code", key: "kpiTransfer.errors.notOwner" }] });
    expect(await db.kpiValue.count()).toBe(1);

    // A manager writes any KPI.
    const managed = outcome(await push(pm, { values: [{ kpi: "INVENTORY_ACCURACY", period: "2026-10", value: 97 }] }));
    expect(managed.status).toBe("written");
  });

  it("refuses computed KPIs and malformed bodies", async () => {
    const computed = outcome(await push(pm, { values: [{ kpi: "SLA_RESOLUTION", period: "2026-11-09", value: 95 }] }));
    expect(computed).toMatchObject({ status: "invalid", errors: [{ row: 1, key: "kpiTransfer.errors.computedKpi" }] });
    expect(await push(pm, { values: [] })).toMatchObject({ ok: false });
    expect(await push(pm, { values: [{ kpi: "X", period: "2026-11", value: { nested: true } }] })).toMatchObject({ ok: false });
    expect(await db.kpiValue.count()).toBe(0);
  });
});
