// npm run bench:issues [-- --issues 100000] [--users 10] [--clients 20] [--seconds 15] [--warmup 2] [--jobs] [--keep]
//
// The issues module under load, on 100,000 issues (two years of a company's hypercare and after):
// (a) the issue list as the support desk sees it (all issues: page 1, page 50 and a search for 凭证),
//     10 concurrent users for 15 s each: p50/p95/p99 and requests/s, and the throughput as a ratio to
//     a plain node:http + pg server answering the same rows in the same run (goal ≥ 10 %);
// (b) 20 clients filing issues through POST /api/issues with their own API tokens for 15 s: zero
//     errors, every acknowledged (201) issue stored as filed, p50/p95/p99.
// Exit status 1 when either misses its goal. The summary goes to stdout and .data/bench/issues.json.
//
// Runs in a throwaway database (erp_test_bench_*, dropped afterwards, or by the next test run if this
// one is killed) on DATABASE_URL's server or the embedded one: migrated, seeded with the demo company,
// then the issues loaded with COPY. The app is built when its sources changed (the same build stamp as
// `npm start`) and served by `next start`; background jobs are off (--jobs turns them on), so the
// measurement is of requests and not of the first SLA sweep over a freshly loaded backlog.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureBuild } from "../build-stamp";
import { applyMigrations } from "../db/migrate";
import { seedDemoCompany } from "../db/seed";
import { ensureDatabaseServer } from "../pg/embedded";
import { createDatabaseIfMissing, dropDatabase, testDatabaseComment } from "../pg/databases";
import { REPO_ROOT, main, onShutdown } from "../pg/lifecycle";
import { runFiling, type Filer } from "./issues/filing";
import { endpointTimings, sqlTimings } from "./issues/explain";
import { loadIssues } from "./issues/load";
import { request, runLoad } from "./issues/load-gen";
import { MIN_RATIO, printReport, writeReport, type BenchReport, type ListCase } from "./issues/report";
import { signIn, startBaseline, startPortal } from "./issues/servers";
import { allowServerOnlyImports } from "./server-only-shim";

const say = (m: string) => console.log(`[bench] ${m}`);
const DEMO_PASSWORD = "HdChem@2026";
const DESK = "support@demo.hdchem.cn";
const WARMUP_ALL_SECONDS = 5;
const EXPLAIN_SECONDS = 5;

// The API tokens below are made by the app's own createApiToken.
allowServerOnlyImports();

function parseArgs(argv: string[]) {
  const opts = { issues: 100_000, users: 10, clients: 20, seconds: 15, warmup: 2, jobs: false, keep: false };
  const num = (i: number) => {
    const v = Number(argv[i]);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${argv[i - 1]} needs a positive number`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--issues") opts.issues = num(++i);
    else if (a === "--users") opts.users = num(++i);
    else if (a === "--clients") opts.clients = num(++i);
    else if (a === "--seconds") opts.seconds = num(++i);
    else if (a === "--warmup") opts.warmup = num(++i);
    else if (a === "--jobs") opts.jobs = true;
    else if (a === "--keep") opts.keep = true;
    else throw new Error(`unknown argument ${a} (usage: bench:issues [--issues N] [--users N] [--clients N] [--seconds S] [--warmup S] [--jobs] [--keep])`);
  }
  return opts;
}

const CASES = [
  { name: "all, page 1", query: "view=all" },
  { name: "all, page 50", query: "view=all&page=50" },
  { name: "search 凭证", query: `view=all&q=${encodeURIComponent("凭证")}` },
];

/** The issue keys a list page shows, in order: both servers must show the same ones. */
const keysIn = (html: string) => [...html.matchAll(/>ISS-(\d+)</g)].map((m) => Number(m[1]));
/** The baseline's "共 N 个问题". */
const totalIn = (html: string) => Number(/共 (\d+) 个问题/.exec(html)?.[1] ?? Number.NaN);

/** API tokens for `count` clients: one per active demo user, key users first (they file most), round the list again if needed. */
async function makeTokens(url: string, count: number): Promise<Filer[]> {
  process.env.DATABASE_URL = url;
  const { db } = await import("../../src/server/db");
  const { createApiToken } = await import("../../src/server/api-token");
  try {
    const users = await db.user.findMany({ where: { active: true }, select: { id: true, email: true, role: true }, orderBy: { email: "asc" } });
    users.sort((a, b) => Number(b.role === "KEY_USER") - Number(a.role === "KEY_USER"));
    const admin = users.find((u) => u.role === "ADMIN") ?? users[0]!;
    return await db.$transaction(async (tx) => {
      const filers: Filer[] = [];
      for (let i = 0; i < count; i++) {
        const u = users[i % users.length]!;
        const { token } = await createApiToken(tx, { name: `bench:issues ${i + 1}`, userId: u.id, createdById: admin.id });
        filers.push({ token, userId: u.id, email: u.email });
      }
      return filers;
    });
  } finally {
    await db.$disconnect();
  }
}

main(async () => {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const server = await ensureDatabaseServer({ log: say });
  const name = `erp_test_bench_${randomBytes(4).toString("hex")}`;
  const url = server.urlFor(name);
  await createDatabaseIfMissing(url, opts.keep ? undefined : testDatabaseComment());
  if (!opts.keep) onShutdown(`drop ${name}`, () => dropDatabase(server.url, name).then(() => say(`dropped ${name}`)));
  await applyMigrations(url);
  await seedDemoCompany(url);
  say(`database ${name} migrated and seeded; making and loading ${opts.issues.toLocaleString("en")} issues ...`);
  const load = await loadIssues(url, opts.issues, 730);
  say(`loaded ${load.rows.toLocaleString("en")} issues: COPY ${(load.copyMs / 1000).toFixed(1)} s + trigram indexes ${(load.indexMs / 1000).toFixed(1)} s = ${Math.round(load.rowsPerSecond).toLocaleString("en")} rows/s`);

  await ensureBuild({ env: { ...process.env, DATABASE_URL: url }, log: say });
  const logDir = path.join(REPO_ROOT, ".data", "bench");
  const portal = await startPortal(url, randomBytes(32).toString("hex"), path.join(logDir, "issues-portal.log"), opts.jobs);
  const baseline = await startBaseline(url, path.join(logDir, "issues-baseline.log"));
  const cookie = `${await signIn(portal.base, DESK, DEMO_PASSWORD)}; NEXT_LOCALE=zh-CN`;
  say(`portal on ${portal.base} (pid ${portal.pid}), baseline on ${baseline.base} (pid ${baseline.pid}); signed in as ${DESK}`);
  const setupSeconds = (performance.now() - t0) / 1000;

  // Same rows on both sides, or the ratio means nothing.
  const urls = CASES.map((c) => ({ ...c, portal: `${portal.base}/issues?${c.query}`, baseline: `${baseline.base}/issues?${c.query}` }));
  for (const c of urls) {
    const [p, b] = await Promise.all([request(undefined, { url: c.portal, headers: { cookie } }), request(undefined, { url: c.baseline })]);
    const [pk, bk] = [keysIn(p.body.toString()), keysIn(b.body.toString())];
    if (p.status !== 200 || b.status !== 200 || pk.length === 0 || pk.join() !== bk.join()) {
      throw new Error(`"${c.name}": the portal (HTTP ${p.status}, ${pk.length} rows) and the baseline (HTTP ${b.status}, ${bk.length} rows) do not show the same issues`);
    }
  }
  // A freshly started server compiles and optimises on its first requests: warm both up on every
  // case before anything is measured, so the first case measured is not the one that pays for it.
  say(`warming up both servers (${WARMUP_ALL_SECONDS} s) ...`);
  for (const side of ["portal", "baseline"] as const) {
    await runLoad({ users: opts.users, seconds: WARMUP_ALL_SECONDS, warmupSeconds: 0, send: async (agent, _vu, i) => (await request(agent, { url: urls[i % urls.length]![side], headers: side === "portal" ? { cookie } : {} })).status === 200 });
  }

  const cases: ListCase[] = [];
  for (const c of urls) {
    const load = (target: string, headers: Record<string, string>) =>
      runLoad({ users: opts.users, seconds: opts.seconds, warmupSeconds: opts.warmup, send: async (agent) => (await request(agent, { url: target, headers })).status === 200 });
    say(`"${c.name}": portal ...`);
    const portalStats = await load(c.portal, { cookie });
    say(`"${c.name}": baseline ...`);
    const baselineStats = await load(c.baseline, {});
    const total = totalIn((await request(undefined, { url: c.baseline })).body.toString());
    cases.push({ name: c.name, query: c.query, total, portal: portalStats, baseline: baselineStats, ratio: portalStats.perSecond / baselineStats.perSecond });
  }
  say("where the time goes: the SQL alone, the portal's /api/health and GET /api/issues ...");
  const sql = await sqlTimings(url, CASES);
  const endpoints = await endpointTimings(portal.base, cookie, opts.users, EXPLAIN_SECONDS, CASES[0]!.query);
  await baseline.stop();

  say(`(b) ${opts.clients} clients filing issues ...`);
  const filers = await makeTokens(url, opts.clients);
  const filing = await runFiling(portal.base, url, filers, opts.seconds, Math.min(2, opts.warmup));
  await portal.stop();

  const report: BenchReport = {
    at: new Date().toISOString(),
    issues: opts.issues,
    load,
    list: {
      users: opts.users,
      seconds: opts.seconds,
      warmupSeconds: opts.warmup,
      cases,
      sql,
      endpoints,
      pass: cases.every((c) => c.ratio >= MIN_RATIO && c.portal.errors === 0 && c.baseline.errors === 0),
    },
    filing: { ...filing, clients: opts.clients, warmupSeconds: Math.min(2, opts.warmup), pass: filing.errors === 0 && filing.acknowledged > 0 && filing.stored === filing.acknowledged },
    setupSeconds,
    totalSeconds: (performance.now() - t0) / 1000,
  };
  printReport(report);
  say(`written to ${path.relative(process.cwd(), writeReport(REPO_ROOT, report)) || ".data/bench/issues.json"}`);
  if (opts.keep) say(`kept database ${name}: ${url.replace(/:[^:@/]+@/, ":***@")} (drop it by hand when done)`);
  return report.list.pass && report.filing.pass ? 0 : 1;
});
