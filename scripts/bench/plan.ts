// npm run bench:plan [-- --iterations 40] [--warmup 5] [--keep]
//
// Server render time of the Gantt page for a project from the 16-week seed template and for a
// 2,000-task plan: getGanttData (the page's queries) + renderToString of GanttView (everything the
// page draws below its header), median of N runs after warm-up, and the ratio 2,000-task / 16-week
// of the medians, which must stay under 5 (exit status 1 otherwise). The fastest run of each is
// printed too: on a busy machine the medians carry more noise than work. Runs in a throwaway database (erp_test_bench_*, dropped
// afterwards, or by the next test run if this one is killed) on DATABASE_URL's server or the
// embedded one, migrated and seeded with the demo company. --keep leaves it and prints its URL
// and project ids, which is handy for looking at both charts in a running app.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../db/migrate";
import { seedDemoCompany } from "../db/seed";
import { ensureDatabaseServer } from "../pg/embedded";
import { createDatabaseIfMissing, dropDatabase, testDatabaseComment } from "../pg/databases";
import { main, onShutdown } from "../pg/lifecycle";
import { allowServerOnlyImports } from "./server-only-shim";

const say = (m: string) => console.log(`[bench] ${m}`);
const MAX_RATIO = 5;
const START = "2027-01-04"; // a Monday; both plans are dated from it
const DAY = 86_400_000;

// React's development build is several times slower than what production serves.
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.LOG_LEVEL ??= "silent";
allowServerOnlyImports();

function parseArgs(argv: string[]) {
  const opts = { iterations: 40, warmup: 5, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--iterations") opts.iterations = Number(argv[++i]);
    else if (argv[i] === "--warmup") opts.warmup = Number(argv[++i]);
    else if (argv[i] === "--keep") opts.keep = true;
    else throw new Error(`unknown argument ${argv[i]} (usage: bench:plan [--iterations N] [--warmup N] [--keep])`);
  }
  return opts;
}

const isoAt = (days: number) => new Date(Date.parse(`${START}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A 2,000-task plan in a few multi-row INSERTs: 5 phases × 20 weeks × 20 tasks, each task after its lane's task of the week before. */
async function createLargePlan(url: string, managerId: string, ownerIds: string[]): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const projectId = randomUUID();
    await client.query(
      `INSERT INTO "Project" (id, code, name, "startDate", "plannedGoLive", "managerId", "updatedAt") VALUES ($1, 'BENCH-2000', '基准测试：2000 项任务的计划', $2, $3, $4, now())`,
      [projectId, START, isoAt(7 * 80), managerId],
    );
    const phaseIds = Array.from({ length: 5 }, () => randomUUID());
    await client.query(
      `INSERT INTO "Phase" (id, "projectId", seq, code, name, goal, "plannedStart", "plannedEnd")
       SELECT id, $1, n, n::text, '第' || n || '阶段', '', $2::date + (n - 1) * 140, $2::date + n * 140 - 3
       FROM (SELECT id, n::int AS n FROM unnest($3::uuid[]) WITH ORDINALITY AS p(id, n)) p`,
      [projectId, START, phaseIds],
    );
    const periodIds = Array.from({ length: 100 }, () => randomUUID());
    await client.query(
      `INSERT INTO "PlanPeriod" (id, "projectId", "phaseId", seq, label, title, "coreContent", "plannedStart", "plannedEnd")
       SELECT id, $1, ($2::uuid[])[(n - 1) / 20 + 1], n, '第' || n || '周', '第' || n || '周工作', '', $3::date + (n - 1) * 7, $3::date + (n - 1) * 7 + 4
       FROM (SELECT id, n::int AS n FROM unnest($4::uuid[]) WITH ORDINALITY AS p(id, n)) p`,
      [projectId, phaseIds, START, periodIds],
    );
    const tasks = Array.from({ length: 2000 }, (_, i) => {
      const week = Math.floor(i / 20);
      const lane = i % 20;
      const start = week * 7 + (lane % 3);
      const end = start + (lane % 3); // 1-3 working days, always inside the week
      const past = week < 30;
      const current = week === 30;
      return {
        id: randomUUID(),
        period: periodIds[week]!,
        title: `第${week + 1}周 · 工作流 ${lane + 1}：${["数据清理", "流程确认", "权限配置", "用户培训", "测试验证"][lane % 5]}`,
        owner: lane % 7 === 6 ? null : ownerIds[lane % ownerIds.length]!,
        start: isoAt(start),
        end: isoAt(end),
        status: past ? (lane % 9 === 0 ? "IN_PROGRESS" : "DONE") : current ? "IN_PROGRESS" : "NOT_STARTED",
        progress: past ? (lane % 9 === 0 ? 60 : 100) : current ? 40 : 0,
        actualStart: past || current ? isoAt(start) : null,
        actualEnd: past && lane % 9 !== 0 ? isoAt(end + (lane % 4 === 0 ? 1 : 0)) : null,
      };
    });
    await client.query(
      `INSERT INTO "Task" (id, "projectId", "periodId", seq, title, "ownerId", "plannedStart", "plannedEnd", status, progress, "actualStart", "actualEnd", "updatedAt")
       SELECT id, $1, period, n, title, owner, s, e, st::"TaskStatus", pr, a_s, a_e, now()
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::date[], $7::date[], $8::text[], $9::int[], $10::date[], $11::date[])
         WITH ORDINALITY AS t(id, period, title, owner, s, e, st, pr, a_s, a_e, n)`,
      [projectId, ...(["id", "period", "title", "owner", "start", "end", "status", "progress", "actualStart", "actualEnd"] as const).map((k) => tasks.map((t) => t[k]))],
    );
    const links = tasks.flatMap((t, i) => [
      ...(i >= 20 ? [[tasks[i - 20]!.id, t.id]] : []),
      ...(i >= 21 && i % 20 !== 0 && Math.floor(i / 20) % 5 === 0 ? [[tasks[i - 21]!.id, t.id]] : []),
    ]);
    await client.query(`INSERT INTO "TaskDependency" ("predecessorId", "successorId") SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [links.map((l) => l[0]), links.map((l) => l[1])]);
    await client.query(
      `INSERT INTO "Milestone" (id, "projectId", kind, name, date) VALUES ($1, $4, 'KICKOFF', '项目启动', $5), ($2, $4, 'PLANNED_GO_LIVE', '计划上线', $6), ($3, $4, 'HYPERCARE_END', 'Hypercare 结束', $7)`,
      [randomUUID(), randomUUID(), randomUUID(), projectId, START, isoAt(7 * 80), isoAt(7 * 99)],
    );
    await baselineAndSlip(client, projectId, managerId);
    await client.query("COMMIT");
    // Planner statistics, as autovacuum would gather soon after a bulk load in production.
    await client.query("ANALYZE");
    return projectId;
  } finally {
    await client.end();
  }
}

/** A baseline of the plan as created, then every seventh unfinished task moved a week later, so both plans slip somewhere. */
async function baselineAndSlip(client: pg.Client, projectId: string, managerId: string) {
  const baselineId = randomUUID();
  await client.query(`INSERT INTO "Baseline" (id, "projectId", name, "createdById") VALUES ($1, $2, '立项基线', $3)`, [baselineId, projectId, managerId]);
  await client.query(`INSERT INTO "BaselineTask" ("baselineId", "taskId", "plannedStart", "plannedEnd") SELECT $1, id, "plannedStart", "plannedEnd" FROM "Task" WHERE "projectId" = $2`, [baselineId, projectId]);
  await client.query(`UPDATE "Task" SET "plannedStart" = "plannedStart" + 7, "plannedEnd" = "plannedEnd" + 7 WHERE "projectId" = $1 AND seq % 7 = 0 AND status <> 'DONE'`, [projectId]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

main(async () => {
  const opts = parseArgs(process.argv.slice(2));
  const server = await ensureDatabaseServer({ log: say });
  const name = `erp_test_bench_${randomBytes(4).toString("hex")}`;
  const url = server.urlFor(name);
  // Marked as a test database (dropped by the next test run if this one dies) unless kept on purpose.
  await createDatabaseIfMissing(url, opts.keep ? undefined : testDatabaseComment());
  if (!opts.keep) onShutdown(`drop ${name}`, () => dropDatabase(server.url, name).then(() => say(`dropped ${name}`)));
  await applyMigrations(url);
  await seedDemoCompany(url);
  process.env.DATABASE_URL = url;

  // Loaded only now: they read NODE_ENV, DATABASE_URL and the server-only hook at import.
  const { createElement } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { db } = await import("../../src/server/db");
  const { createProjectFromTemplate } = await import("../../src/modules/plan/instantiate");
  const { SEED_002_TEMPLATE, SEED_002_TEMPLATE_NAME } = await import("../../src/modules/plan/template/seed-002");
  const { ZTemplateContent } = await import("../../src/modules/plan/template/types");
  const { getGanttData } = await import("../../src/modules/plan/gantt/query");
  const { GanttView } = await import("../../src/modules/plan/gantt/gantt-view");
  const { ganttLabels } = await import("../../src/modules/plan/gantt/labels");
  const { translator } = await import("../../src/i18n/messages");

  const users = await db.user.findMany({ where: { active: true }, orderBy: { email: "asc" }, select: { id: true, email: true } });
  const pm = users.find((u) => u.email.startsWith("pm@"))!;
  const template = ZTemplateContent.parse(SEED_002_TEMPLATE);
  const newProject = { code: "BENCH-16W", name: "基准测试：16 周模板", startDate: new Date(`${START}T00:00:00Z`), managerId: pm.id, templateName: SEED_002_TEMPLATE_NAME };
  const { project: small } = await db.$transaction((tx) => createProjectFromTemplate(tx, template, newProject), { timeout: 60_000 });
  // Its first four weeks done, as they would be five weeks in (the "today" measured below).
  const smallClient = new pg.Client({ connectionString: url });
  await smallClient.connect();
  await smallClient
    .query(`UPDATE "Task" SET status = 'DONE', progress = 100, "actualStart" = "plannedStart", "actualEnd" = "plannedEnd" WHERE "projectId" = $1 AND "plannedEnd" < $2`, [small.id, isoAt(28)])
    .then(() => baselineAndSlip(smallClient, small.id, pm.id))
    .finally(() => smallClient.end());
  const largeId = await createLargePlan(url, pm.id, users.map((u) => u.id));
  say(`plans ready: 16-week template ${small.id}, 2,000 tasks ${largeId}`);

  const t = translator("zh-CN");
  const labels = () => ganttLabels((key, values) => t(`gantt.${key}` as never, values as never), "zh-CN");
  const filter = { phase: null, criticalOnly: false, zoom: "week" as const };
  const cases = [
    { name: "16-week template", id: small.id, today: new Date(Date.parse(`${START}T00:00:00Z`) + 5 * 7 * DAY) },
    { name: "2,000 tasks", id: largeId, today: new Date(Date.parse(`${START}T00:00:00Z`) + 30 * 7 * DAY + 2 * DAY) },
  ];
  // The plans take turns in blocks: a turn by turn alternation would leave the garbage of one
  // plan's render to be collected during the other's, and one long run per plan would let the
  // machine's other load fall on one of them. The first run of each block is not counted (it
  // pays for the block before).
  const samples = cases.map(() => ({ query: [] as number[], render: [] as number[], total: [] as number[], html: "", tasks: 0 }));
  const BLOCK = 5;
  for (let round = 0; round * BLOCK < opts.warmup + opts.iterations; round++) {
    for (const [k, c] of cases.entries()) {
      const s = samples[k]!;
      for (let i = 0; i <= BLOCK; i++) {
        const t0 = performance.now();
        const data = (await getGanttData(c.id, { today: c.today }))!;
        const t1 = performance.now();
        s.html = renderToString(createElement(GanttView, { data, filter, labels: labels() }));
        const t2 = performance.now();
        s.tasks = data.tasks.length;
        if (i === 0 || round * BLOCK + i <= opts.warmup || s.total.length >= opts.iterations) continue;
        s.query.push(t1 - t0);
        s.render.push(t2 - t1);
        s.total.push(t2 - t0);
      }
    }
  }
  const results = cases.map((c, k) => {
    const s = samples[k]!;
    return { ...c, tasks: s.tasks, query: median(s.query), render: median(s.render), total: median(s.total), best: Math.min(...s.total), kb: Buffer.byteLength(s.html) / 1024 };
  });
  await db.$disconnect();

  const col = (v: string | number, w: number) => String(v).padStart(w);
  say(`median of ${opts.iterations} runs after ${opts.warmup} warm-up (NODE_ENV=production, zh-CN, week scale), in ms`);
  say(`${"plan".padEnd(18)}${col("tasks", 6)}${col("query", 8)}${col("render", 8)}${col("total", 8)}${col("fastest", 9)}${col("HTML KiB", 10)}`);
  for (const r of results)
    say(`${r.name.padEnd(18)}${col(r.tasks, 6)}${col(r.query.toFixed(1), 8)}${col(r.render.toFixed(1), 8)}${col(r.total.toFixed(1), 8)}${col(r.best.toFixed(1), 9)}${col(r.kb.toFixed(0), 10)}`);
  const ratio = results[1]!.total / results[0]!.total;
  say(`ratio 2,000 tasks / 16-week template: ${ratio.toFixed(2)} (fastest runs: ${(results[1]!.best / results[0]!.best).toFixed(2)}); must stay under ${MAX_RATIO} → ${ratio < MAX_RATIO ? "OK" : "TOO SLOW"}`);
  if (opts.keep) say(`kept database ${name}: ${url.replace(/:[^:@/]+@/, ":***@")} (drop it by hand when done)`);
  return ratio < MAX_RATIO ? 0 : 1;
});
