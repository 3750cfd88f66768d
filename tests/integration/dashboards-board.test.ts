import { beforeAll, describe, expect, it } from "vitest";
import { parseBoardFilter } from "@/modules/dashboards/filter";
import { getBoard } from "@/modules/dashboards/queries";
import { writeKpiValues } from "@/modules/kpi/values";
import { refreshIssueStats } from "@/modules/metrics/issue-stats";
import { db, makeDepartment, makeUser, resetDatabase } from "../support/db";
import { resetIssueTables } from "../support/issues";

// The board reads only IssueDailyStat and KpiRollup; every number it shows must equal a direct recount over
// the raw rows ("Issue", "KpiValue") written here in plain SQL, for several departments and periods.
const TZ = "Asia/Shanghai";
const TODAY = "2026-11-22";
const L = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
let d1: string;
let d2: string;

async function issue(dept: string, created: string, extra: { resolved?: string; due?: string; csat?: [number, string]; status?: "RESOLVED" | "IN_PROGRESS" | "DUPLICATE" } = {}) {
  const reporter = (await db.user.findFirstOrThrow()).id;
  const policy = (await db.slaPolicy.findFirstOrThrow()).id;
  await db.issue.create({
    data: {
      title: "看板对数", description: "-", module: "FINANCE", type: "DEFECT", impact: "DEGRADED", urgency: "MEDIUM", priority: "P2",
      status: extra.status ?? (extra.resolved ? "RESOLVED" : "IN_PROGRESS"), reporterId: reporter, departmentId: dept, slaPolicyId: policy,
      createdAt: L(created), resolvedAt: extra.resolved ? L(extra.resolved) : null, resolutionDueAt: extra.due ? L(extra.due) : null,
      csatScore: extra.csat?.[0] ?? null, csatAt: extra.csat ? L(extra.csat[1]) : null,
    },
  });
}

async function recountIssues(from: string, to: string, dept?: string) {
  const scope = dept ? `AND "departmentId" = '${dept}'` : "";
  const local = (col: string) => `("${col}" AT TIME ZONE '${TZ}')::date`;
  const [row] = await db.$queryRawUnsafe<Record<string, number | null>[]>(`
    SELECT
      count(*) FILTER (WHERE ${local("createdAt")} BETWEEN '${from}' AND '${to}')::int AS created,
      count(*) FILTER (WHERE ${local("resolvedAt")} BETWEEN '${from}' AND '${to}')::int AS resolved,
      count(*) FILTER (WHERE ${local("resolvedAt")} BETWEEN '${from}' AND '${to}'
                         AND ("resolutionBreachedAt" IS NOT NULL OR "resolvedAt" > "resolutionDueAt"))::int AS breached,
      round((avg(round(extract(epoch FROM "resolvedAt" - "createdAt") / 60)) FILTER (WHERE ${local("resolvedAt")} BETWEEN '${from}' AND '${to}') / 60)::numeric, 1)::float8 AS mttr,
      round((avg("csatScore") FILTER (WHERE ${local("csatAt")} BETWEEN '${from}' AND '${to}'))::numeric, 2)::float8 AS csat,
      count(*) FILTER (WHERE ${local("createdAt")} <= '${to}' AND ("resolvedAt" IS NULL OR ${local("resolvedAt")} > '${to}'))::int AS backlog
    FROM "Issue" WHERE status <> 'DUPLICATE' ${scope}`);
  return row;
}

async function recountLatestValue(kpiId: string, to: string) {
  const rows = await db.$queryRawUnsafe<{ value: number }[]>(`SELECT value FROM "KpiValue" WHERE "kpiId" = '${kpiId}' AND "periodStart" <= '${to}' ORDER BY "periodStart" DESC LIMIT 1`);
  return rows[0]?.value ?? null;
}

beforeAll(async () => {
  await resetDatabase();
  await resetIssueTables();
  await db.$executeRawUnsafe(`TRUNCATE "IssueDailyStat", "IssueStatDirty", "Kpi", "Project" CASCADE`);
  d1 = (await makeDepartment("b-fin")).id;
  d2 = (await makeDepartment("b-wh")).id;
  await makeUser("KEY_USER", { departmentId: d1 });
  await db.slaPolicy.create({ data: { code: "B", nameZh: "看板", nameEn: "Board", mode: "WALL_CLOCK", isDefault: true } });
  // Around local midnight, resolved late and on time, rated, open, a duplicate, across two months and two departments.
  await issue(d1, "2026-09-30 23:30", { resolved: "2026-10-02 10:00", due: "2026-10-01 23:30", csat: [4, "2026-10-02 12:00"] });
  await issue(d1, "2026-10-15 09:00", { resolved: "2026-10-15 13:00", due: "2026-10-15 17:00", csat: [5, "2026-10-16 09:00"] });
  await issue(d2, "2026-11-02 00:10", { resolved: "2026-11-05 08:00", due: "2026-11-03 00:10", csat: [2, "2026-11-05 09:00"] });
  await issue(d2, "2026-11-10 14:00");
  await issue(d1, "2026-11-20 18:00", { resolved: "2026-11-21 09:30", due: "2026-11-21 18:00" });
  await issue(d1, "2026-11-21 10:00");
  await issue(d2, "2026-11-21 11:00", { status: "DUPLICATE" });
  await refreshIssueStats(db, TZ);

  const weekly = await db.kpi.create({
    data: {
      code: "ORDER_TIME", nameZh: "订单处理时间", nameEn: "Order processing time", unit: "h", direction: "LOWER_IS_BETTER", frequency: "WEEKLY", source: "ENTERED",
      departmentId: d1, baselineValue: 10, baselineDate: new Date("2026-08-03T00:00:00Z"), targets: { create: [{ dueDate: new Date("2026-11-03T00:00:00Z"), value: 7 }] },
    },
  });
  const monthly = await db.kpi.create({
    data: {
      code: "INV_ACC", nameZh: "库存准确率", nameEn: "Inventory accuracy", unit: "%", direction: "HIGHER_IS_BETTER", frequency: "MONTHLY", source: "ENTERED",
      departmentId: d2, baselineValue: 85, baselineDate: new Date("2026-08-01T00:00:00Z"), targets: { create: [{ dueDate: new Date("2026-11-01T00:00:00Z"), value: 98 }] },
    },
  });
  const weeks = Array.from({ length: 16 }, (_, i) => ({ periodStart: new Date(Date.UTC(2026, 7, 3 + 7 * i)).toISOString().slice(0, 10), value: 10 - i * 0.2 }));
  await db.$transaction((tx) => writeKpiValues(tx, weekly.id, weeks, "MANUAL", null));
  await db.$transaction((tx) => writeKpiValues(tx, monthly.id, ["08", "09", "10", "11"].map((m, i) => ({ periodStart: `2026-${m}-01`, value: 88 + i * 3 })), "MANUAL", null));
});

describe("executive board numbers equal a recount over the raw rows", () => {
  const FILTERS = [
    {},
    { period: "quarter" },
    { period: "week" },
    { period: "custom", from: "2026-09-01", to: "2026-10-31" },
    { period: "custom", from: "2026-10-01", to: "2026-11-22" },
  ];

  it("issue health: filed, resolved, SLA, MTTR, CSAT, backlog, per department and period", async () => {
    for (const raw of FILTERS) {
      for (const dept of [undefined, "d1", "d2"] as const) {
        const department = dept === "d1" ? d1 : dept === "d2" ? d2 : undefined;
        const filter = parseBoardFilter({ ...raw, department }, TODAY);
        const board = await getBoard(filter, TODAY);
        const r = await recountIssues(filter.range.from, filter.range.to, department);
        const label = `${JSON.stringify(raw)} ${dept ?? "all"}`;
        expect({
          created: board.issues.created, resolved: board.issues.resolved, breached: board.issues.resolutionBreached,
          mttr: board.issues.mttrHours, csat: board.issues.csatAvg, backlog: board.issues.backlogAtEnd,
        }, label).toEqual(r);
        // The trend adds up to the period and ends at the same backlog.
        expect(board.trend.reduce((n, p) => n + p.created, 0), label).toBe(r.created);
        expect(board.trend.reduce((n, p) => n + p.resolved, 0), label).toBe(r.resolved);
        expect(board.trend.at(-1)?.backlogAtEnd, label).toBe(r.backlog);
      }
    }
  });

  it("worked out by hand for October 1 – November 22: 5 filed (not the one of 09-30 23:30), 4 resolved, 2 late, 2 open", async () => {
    const board = await getBoard(parseBoardFilter({ period: "custom", from: "2026-10-01", to: "2026-11-22" }, TODAY), TODAY);
    expect(board.issues).toMatchObject({ created: 5, resolved: 4, resolutionBreached: 2, resolutionCompliancePct: 50, backlogAtEnd: 2, csatCount: 3, csatAvg: 3.67 });
  });

  it("KPI tiles: the value at the range's end and every sparkline point equal the raw values", async () => {
    for (const raw of FILTERS) {
      const filter = parseBoardFilter(raw, TODAY);
      const board = await getBoard(filter, TODAY);
      expect(board.tiles.map((t) => t.kpi.code).sort()).toEqual(["INV_ACC", "ORDER_TIME"]);
      for (const tile of board.tiles) {
        expect(tile.value, `${tile.kpi.code} ${JSON.stringify(raw)}`).toBe(await recountLatestValue(tile.kpi.id, filter.range.to));
        const unit = tile.kpi.frequency === "MONTHLY" ? "month" : "week";
        const points = await db.$queryRawUnsafe<{ period: string; value: number }[]>(`
          SELECT to_char(date_trunc('${unit}', "periodStart")::date, 'YYYY-MM-DD') AS period,
                 (array_agg(value ORDER BY "periodStart" DESC))[1] AS value
          FROM "KpiValue" WHERE "kpiId" = '${tile.kpi.id}'
            AND date_trunc('${unit}', "periodStart") >= date_trunc('${unit}', '${tile.spark[0]?.period ?? filter.range.from}'::date)
            AND "periodStart" <= '${filter.range.to}'
          GROUP BY 1 ORDER BY 1`);
        expect(tile.spark).toEqual(points);
        expect(tile.spark.length).toBeGreaterThan(1);
      }
    }
  });

  it("the department filter narrows the tiles; the status follows the target path", async () => {
    const board = await getBoard(parseBoardFilter({ department: d2 }, TODAY), TODAY);
    expect(board.tiles.map((t) => t.kpi.code)).toEqual(["INV_ACC"]);
    // 97 % in November against the 98 % due on 11-01: 1 % short, inside the 10 % amber band.
    expect(board.tiles[0]).toMatchObject({ value: 97, expected: 98, status: "AMBER" });
    expect(board.tiles[0].improvement).toBeCloseTo(((97 - 85) / 85) * 100, 6);
    expect(board.plan).toBeNull();
  });
});
