// Bulk load for bench:dashboard: departments, reporters, an SLA policy and 30 KPIs by plain INSERTs,
// then the issues and the KPI values streamed through COPY FROM STDIN, then VACUUM ANALYZE.
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ISSUE_COLUMNS, issueBatches, kpiValueBatches, type IssueContext } from "./data";

export interface Fixture {
  departments: string[];
  reporters: { id: string; departmentId: string }[];
  policyId: string;
  kpis: { id: string; baseline: number; target: number }[];
}

/** The reference data the issues and values point at. */
export async function createFixture(client: pg.Client, departments = 10, kpiCount = 30): Promise<Fixture> {
  const fx: Fixture = { departments: [], reporters: [], policyId: randomUUID(), kpis: [] };
  for (let d = 1; d <= departments; d++) {
    const id = randomUUID();
    const user = randomUUID();
    await client.query(`INSERT INTO "Department" (id, code, "nameZh", "nameEn", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, `B${d}`, `部门${d}`, `Dept ${d}`]);
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "departmentId", "updatedAt") VALUES ($1, $2, $3, 'x', 'KEY_USER', $4, now())`,
      [user, `bench${d}@bench.local`, `用户${d}`, id],
    );
    fx.departments.push(id);
    fx.reporters.push({ id: user, departmentId: id });
  }
  await client.query(
    `INSERT INTO "SlaPolicy" (id, code, "nameZh", "nameEn", mode, "isDefault", "updatedAt") VALUES ($1, 'BENCH', '基准', 'Bench', 'WALL_CLOCK', true, now())`,
    [fx.policyId],
  );
  for (let k = 1; k <= kpiCount; k++) {
    const id = randomUUID();
    const baseline = 50 + k;
    const target = k % 2 ? baseline * 1.3 : baseline * 0.7;
    await client.query(
      `INSERT INTO "Kpi" (id, code, "nameZh", "nameEn", unit, direction, frequency, source, "baselineValue", "updatedAt")
       VALUES ($1, $2, $3, $4, '%', $5, 'DAILY', 'IMPORTED', $6, now())`,
      [id, `BENCH_${k}`, `指标${k}`, `KPI ${k}`, k % 2 ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", baseline],
    );
    fx.kpis.push({ id, baseline, target });
  }
  return fx;
}

async function copyInto(client: pg.Client, sql: string, batches: Iterable<string>): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const finished = once(stream, "finish");
  for (const chunk of batches) if (!stream.write(chunk)) await once(stream, "drain");
  stream.end();
  await finished;
}

const ISSUE_COPY = `COPY "Issue" (${ISSUE_COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;

/**
 * The history, loaded as pg_restore would: secondary indexes dropped and rebuilt afterwards (one sort
 * each instead of 2,000,000 insertions), foreign-key checks and the dirty-marking trigger off
 * (session_replication_role = replica; the rollup is rebuilt in one pass instead), then VACUUM ANALYZE.
 */
export async function loadHistory(client: pg.Client, count: number, ctx: IssueContext, fx: Fixture, fromDay: string, days: number) {
  const t0 = performance.now();
  await client.query("BEGIN");
  await client.query(`SET LOCAL session_replication_role = replica`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = 'Issue'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  await copyInto(client, ISSUE_COPY, issueBatches(count, ctx));
  await copyInto(client, `COPY "KpiValue" ("kpiId", "periodStart", value, origin, "updatedAt") FROM STDIN`, kpiValueBatches(fx.kpis, fromDay, days, ctx.seed + 1));
  const copyMs = performance.now() - t0;
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const i of indexes) await client.query(i.def);
  await client.query("COMMIT");
  const indexMs = performance.now() - t0 - copyMs;
  await client.query(`VACUUM (ANALYZE) "Issue"`);
  await client.query(`VACUUM (ANALYZE) "KpiValue"`);
  return { copyMs, indexMs, totalMs: performance.now() - t0 };
}

/** The timed part of (b): `count` new issues in one COPY, trigger and every index on, as in production. */
export async function insertNew(client: pg.Client, count: number, ctx: IssueContext): Promise<number> {
  const batches = [...issueBatches(count, ctx)];
  const t0 = performance.now();
  await copyInto(client, ISSUE_COPY, batches);
  return performance.now() - t0;
}
