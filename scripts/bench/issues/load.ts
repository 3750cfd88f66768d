// Bulk load for the bench: the demo company's people, SLA policies and routing read back from the
// seeded database, then the issues streamed through COPY FROM STDIN (never row by row), then VACUUM
// ANALYZE as autovacuum would soon do after such a load in production.
import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { IssuePriority } from "../../../src/generated/prisma/enums";
import { toSlaRules } from "../../../src/modules/sla/rules";
import { COLUMNS, copyLine, issueRows, type LoadContext, type Policy } from "./data";

const TIME_ZONE = process.env.PORTAL_TIME_ZONE ?? "Asia/Shanghai";

/**
 * The bench files issues, so it needs an SLA policy. The demo seed brings its own; on a database
 * without one, a default wall-clock policy with targets for P1–P4 is created.
 */
export async function ensureSlaPolicy(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SlaPolicy" WHERE active AND "isDefault"`);
  if (rows[0]!.n > 0) return false;
  const { rows: made } = await client.query<{ id: string }>(
    `INSERT INTO "SlaPolicy" (id, code, "nameZh", "nameEn", mode, "isDefault", "updatedAt")
     VALUES (gen_random_uuid(), 'BENCH-DEFAULT', '基准测试默认服务级别', 'Bench default', 'WALL_CLOCK', true, now()) RETURNING id`,
  );
  await client.query(
    `INSERT INTO "SlaTarget" ("policyId", priority, "firstResponseMinutes", "resolutionMinutes")
     VALUES ($1, 'P1', 30, 240), ($1, 'P2', 120, 480), ($1, 'P3', 240, 1440), ($1, 'P4', 480, 4320)`,
    [made[0]!.id],
  );
  return true;
}

async function readPolicies(client: pg.Client): Promise<Policy[]> {
  const { rows } = await client.query(
    `SELECT p.id, p.mode, p."isDefault", p."validFrom", p."validTo", p."sameDayCutoffMinute", p."sameDayEndMinute",
            c."timeZone", c."workDays", c."workStart", c."workEnd", c."lunchStart", c."lunchEnd", c.id AS "calendarId",
            (SELECT json_agg(json_build_object('priority', t.priority, 'fr', t."firstResponseMinutes", 'res', t."resolutionMinutes")) FROM "SlaTarget" t WHERE t."policyId" = p.id) AS targets,
            (SELECT json_agg(json_build_object('date', d.date, 'kind', d.kind)) FROM "CalendarDay" d WHERE d."calendarId" = c.id) AS days
     FROM "SlaPolicy" p LEFT JOIN "WorkCalendar" c ON c.id = p."calendarId" WHERE p.active ORDER BY p.code`,
  );
  return rows.map((p) => ({
    id: p.id,
    isDefault: p.isDefault,
    validFrom: p.validFrom,
    validTo: p.validTo,
    rules: toSlaRules(
      {
        mode: p.mode,
        sameDayCutoffMinute: p.sameDayCutoffMinute,
        sameDayEndMinute: p.sameDayEndMinute,
        calendar: p.calendarId
          ? { timeZone: p.timeZone, workDays: p.workDays, workStart: p.workStart, workEnd: p.workEnd, lunchStart: p.lunchStart, lunchEnd: p.lunchEnd, days: (p.days ?? []).map((d: { date: string; kind: "HOLIDAY" | "WORKDAY" }) => ({ date: new Date(`${d.date}T00:00:00Z`), kind: d.kind })) }
          : null,
      },
      TIME_ZONE,
    ),
    targets: Object.fromEntries(((p.targets ?? []) as { priority: IssuePriority; fr: number; res: number }[]).map((t) => [t.priority, { firstResponseMinutes: t.fr, resolutionMinutes: t.res }])),
  }));
}

export async function readContext(client: pg.Client, now: Date, days: number): Promise<LoadContext> {
  const users = await client.query<{ id: string; role: string; departmentId: string }>(`SELECT id, role::text, "departmentId" FROM "User" WHERE active ORDER BY email`);
  const routes = await client.query(`SELECT module::text, type::text, "groupId", "assigneeId" FROM "RoutingRule" ORDER BY position`);
  const project = await client.query<{ id: string }>(`SELECT id FROM "Project" ORDER BY (status = 'HYPERCARE') DESC, "startDate" DESC LIMIT 1`);
  const agents = users.rows.filter((u) => u.role === "SUPPORT").map((u) => u.id);
  return {
    reporters: users.rows,
    agents: agents.length ? agents : users.rows.map((u) => u.id),
    policies: await readPolicies(client),
    routes: routes.rows,
    projectId: project.rows[0]?.id ?? null,
    now,
    days,
  };
}

export interface LoadResult {
  rows: number;
  /** Making the rows (SLA clock included), COPY alone, the trigram indexes rebuilt, VACUUM ANALYZE. */
  generateMs: number;
  copyMs: number;
  indexMs: number;
  analyzeMs: number;
  /** Rows per second through COPY and the index rebuild together. */
  rowsPerSecond: number;
}

/**
 * Writes `count` issues into "Issue" with one COPY, then VACUUM ANALYZE. The rows are made first (so COPY's
 * own speed is what is timed). The trigram (GIN) indexes are dropped for the COPY and rebuilt from
 * their own definitions afterwards, in the same transaction, as PostgreSQL's "populating a database"
 * advice has it: one bulk build beats 100,000 GIN insertions, and a failed load changes nothing.
 */
export async function loadIssues(url: string, count: number, days: number): Promise<LoadResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await ensureSlaPolicy(client);
    const ctx = await readContext(client, new Date(), days);
    if (ctx.policies.length === 0) throw new Error("no active SLA policy to file issues under");
    const tg = performance.now();
    const chunks: Buffer[] = [];
    let batch = "";
    let rows = 0;
    for (const row of issueRows(count, ctx)) {
      batch += copyLine(row);
      rows++;
      if (batch.length > 128 * 1024) {
        chunks.push(Buffer.from(batch));
        batch = "";
      }
    }
    chunks.push(Buffer.from(batch));
    const generateMs = performance.now() - tg;

    await client.query("BEGIN");
    const { rows: gin } = await client.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Issue' AND indexdef LIKE '% USING gin %'`,
    );
    for (const i of gin) await client.query(`DROP INDEX "${i.name}"`);
    const t0 = performance.now();
    const stream = client.query(copyFrom(`COPY "Issue" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    const finished = once(stream, "finish");
    for (const chunk of chunks) if (!stream.write(chunk)) await once(stream, "drain");
    stream.end();
    await finished;
    const copyMs = performance.now() - t0;
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const i of gin) await client.query(i.def);
    await client.query("COMMIT");
    const indexMs = performance.now() - t0 - copyMs;
    const t1 = performance.now();
    // What autovacuum does soon after a bulk insert: statistics for the planner and the visibility
    // map (without it every count(*) re-checks each row's visibility in the heap).
    await client.query(`VACUUM (ANALYZE) "Issue"`);
    await client.query(`ANALYZE`);
    return { rows, generateMs, copyMs, indexMs, analyzeMs: performance.now() - t1, rowsPerSecond: rows / ((copyMs + indexMs) / 1000) };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
