// npm run bench:dashboard [-- --issues 2000000] [--years 3] [--runs 5] [--new 10000] [--keep]
//
// The executive dashboard on 2,000,000 issues over three years and 30 KPIs × three years of daily values:
// (a) the dashboard's server-side data time — its real read API (issueHealth, issueTrend, kpiSeries for
//     30 KPIs, openByPriorityAndModule) for this month and this quarter, all departments and one — against
//     computing the same numbers from the raw rows ("Issue", "KpiValue") in the same run; the numbers
//     must be equal and the rollup time at most 1/50 of the raw time (medians of --runs runs);
// (b) 10,000 new issues inserted with one COPY (timed, trigger and indexes on), then refreshIssueStats
//     (timed): the refresh may take at most twice the insert.
// Exit status 1 when a goal is missed or a number differs. Runs in a throwaway database (erp_test_bench_*,
// dropped afterwards) on DATABASE_URL's server or the embedded one.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../db/migrate";
import { createDatabaseIfMissing, dropDatabase, testDatabaseComment } from "../pg/databases";
import { ensureDatabaseServer } from "../pg/embedded";
import { main, onShutdown } from "../pg/lifecycle";
import { createFixture, insertNew, loadHistory } from "./dashboard/load";
import type { Combo } from "./dashboard/board";
import { allowServerOnlyImports } from "./server-only-shim";

const say = (m: string) => console.log(`[bench] ${m}`);
const DAY = 86_400_000;

process.env.LOG_LEVEL ??= "silent";
allowServerOnlyImports();

function parseArgs(argv: string[]) {
  const opts = { issues: 2_000_000, years: 3, runs: 5, fresh: 10_000, keep: false };
  const num = (i: number) => {
    const v = Number(argv[i]);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${argv[i - 1]} needs a positive number`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--issues") opts.issues = num(++i);
    else if (a === "--years") opts.years = num(++i);
    else if (a === "--runs") opts.runs = num(++i);
    else if (a === "--new") opts.fresh = num(++i);
    else if (a === "--keep") opts.keep = true;
    else throw new Error(`unknown argument ${a} (usage: bench:dashboard [--issues N] [--years N] [--runs N] [--new N] [--keep])`);
  }
  return opts;
}

main(async () => {
  const opts = parseArgs(process.argv.slice(2));
  const tz = process.env.PORTAL_TIME_ZONE ?? "Asia/Shanghai";
  const server = await ensureDatabaseServer({ log: say });
  const name = `erp_test_bench_${randomBytes(4).toString("hex")}`;
  const url = server.urlFor(name);
  await createDatabaseIfMissing(url, opts.keep ? undefined : testDatabaseComment());
  if (!opts.keep) onShutdown(`drop ${name}`, () => dropDatabase(server.url, name).then(() => say(`dropped ${name}`)));
  await applyMigrations(url);

  const { localDay, resolveRange, addDays } = await import("../../src/modules/kpi/logic");
  const now = new Date();
  const days = Math.round(opts.years * 365.25);
  const fromDay = addDays(localDay(now, tz), -days + 1);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const fx = await createFixture(client);
  const ctx = { reporters: fx.reporters, policyId: fx.policyId, from: new Date(now.getTime() - days * DAY), to: now, goLive: new Date(now.getTime() - (days - 120) * DAY), seed: 42 };
  say(`loading ${opts.issues.toLocaleString("en")} issues over ${days} days and ${fx.kpis.length} KPIs × ${days} daily values (COPY)…`);
  const load = await loadHistory(client, opts.issues, ctx, fx, fromDay, days);
  say(`loaded in ${(load.totalMs / 1000).toFixed(1)} s (COPY ${(load.copyMs / 1000).toFixed(1)} s, indexes ${(load.indexMs / 1000).toFixed(1)} s)`);

  process.env.DATABASE_URL = url;
  process.env.DB_POOL_SIZE ??= "4";
  const { db } = await import("../../src/server/db");
  const { rebuildIssueStats, refreshIssueStats } = await import("../../src/modules/metrics/issue-stats");
  const { refreshKpiRollups } = await import("../../src/modules/kpi/values");
  const { MAX_REFRESH_RATIO, MAX_TIME_RATIO, measureBoard, printReport, sameFigures } = await import("./dashboard/board");
  let t = performance.now();
  const rebuilt = await rebuildIssueStats(db, tz);
  const rebuildMs = performance.now() - t;
  t = performance.now();
  await db.$transaction((tx) => refreshKpiRollups(tx, fx.kpis.map((k) => k.id)), { timeout: 600_000 });
  const rollupMs = performance.now() - t;
  await client.query(`VACUUM (ANALYZE) "IssueDailyStat"`);
  await client.query(`VACUUM (ANALYZE) "KpiRollup"`);
  say(`IssueDailyStat rebuilt: ${rebuilt.rows.toLocaleString("en")} rows in ${(rebuildMs / 1000).toFixed(1)} s; KPI rollups in ${(rollupMs / 1000).toFixed(1)} s`);

  const today = localDay(now, tz);
  const dept = fx.departments[2]!;
  const combos: Combo[] = [
    { label: "month, all departments", range: resolveRange("month", today), trendGrain: "DAY", kpiGrain: "WEEK", departmentId: null },
    { label: "month, one department", range: resolveRange("month", today), trendGrain: "DAY", kpiGrain: "WEEK", departmentId: dept },
    { label: "quarter, all departments", range: resolveRange("quarter", today), trendGrain: "WEEK", kpiGrain: "MONTH", departmentId: null },
    { label: "quarter, one department", range: resolveRange("quarter", today), trendGrain: "WEEK", kpiGrain: "MONTH", departmentId: dept },
  ];
  const kpiIds = fx.kpis.map((k) => k.id);
  const board = await measureBoard(db, tz, combos, kpiIds, opts.runs, say);

  // (b) new issues filed over the last three days, some already answered, resolved and rated.
  const fresh = { ...ctx, from: new Date(now.getTime() - 3 * DAY), goLive: ctx.goLive, seed: 4242 };
  const insertMs = await insertNew(client, opts.fresh, fresh);
  t = performance.now();
  const refreshed = await refreshIssueStats(db, tz);
  const refreshMs = performance.now() - t;
  const afterInsert = await sameFigures(db, tz, combos[0]!, kpiIds);
  await client.end();

  const ok = printReport({
    issues: opts.issues, days, kpis: kpiIds.length, statRows: rebuilt.rows, board,
    insert: { count: opts.fresh, insertMs, refreshMs, days: refreshed.days.length, equalAfter: afterInsert },
  });
  await db.$disconnect();
  say(`goals: dashboard ≤ 1/${1 / MAX_TIME_RATIO} of raw, refresh ≤ ${MAX_REFRESH_RATIO}× insert`);
  return ok ? 0 : 1;
});
