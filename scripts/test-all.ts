// `npm test`: every check, in order, stopping at the first failure; prints each step's time and
// the total wall time.
//
//   lint (scripts/check-server-actions.ts, skipped while absent) → typecheck → unit
//   → integration (with-test-db) → next build (only if stale) → e2e (with-test-db --e2e)
//
// One database server for the whole run: without DATABASE_URL the embedded server is started here
// once and its `postgres` database URL is handed down as DATABASE_URL, so with-test-db reuses it
// (each step still gets its own throwaway database).
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "./build-stamp";
import { ensureDatabaseServer } from "./pg/embedded";
import { REPO_ROOT, exitCodeOf, formatSeconds, main, pathWithLocalBin, run } from "./pg/lifecycle";

interface Step {
  name: string;
  /** A command line, or an in-process function. */
  cmd?: string[];
  fn?: (env: NodeJS.ProcessEnv) => Promise<string | void>;
  skip?: () => string | null;
}

const STEPS: Step[] = [
  {
    name: "lint",
    cmd: ["tsx", "scripts/check-server-actions.ts"],
    skip: () => (fs.existsSync(path.join(REPO_ROOT, "scripts", "check-server-actions.ts")) ? null : "scripts/check-server-actions.ts does not exist yet"),
  },
  { name: "typecheck", cmd: ["tsc", "--noEmit"] },
  { name: "unit", cmd: ["vitest", "run", "--project", "unit"] },
  { name: "integration", cmd: ["tsx", "scripts/with-test-db.ts", "vitest", "run", "--project", "integration"] },
  {
    name: "build",
    fn: async (env) => ((await ensureBuild({ env })).built ? "built" : "up to date"),
  },
  { name: "e2e", cmd: ["tsx", "scripts/with-test-db.ts", "--e2e", "playwright", "test"] },
];

main(async () => {
  const t0 = Date.now();
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown step(s) ${unknown.join(", ")}; steps: ${STEPS.map((s) => s.name).join(", ")}`);
  const steps = only.length ? STEPS.filter((s) => only.includes(s.name)) : STEPS;

  const results: { name: string; ms: number; status: string }[] = [];
  const summary = (failed?: string) => {
    console.log(`\n${"─".repeat(48)}`);
    for (const r of results) console.log(`  ${r.status.padEnd(8)} ${r.name.padEnd(12)} ${formatSeconds(r.ms).padStart(7)}`);
    console.log(`  ${(failed ? "FAILED" : "passed").padEnd(8)} ${"total".padEnd(12)} ${formatSeconds(Date.now() - t0).padStart(7)} wall time`);
    console.log("─".repeat(48));
  };

  // One server for every step; steps that need no database ignore DATABASE_URL.
  const server = await ensureDatabaseServer({ log: (m) => console.log(`[db] ${m}`) });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: server.url,
    PATH: pathWithLocalBin(),
    NEXT_TELEMETRY_DISABLED: "1",
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : undefined),
  };
  if (!env.FORCE_COLOR) delete env.FORCE_COLOR;

  for (const step of steps) {
    const skipped = step.skip?.();
    if (skipped) {
      console.log(`\n▶ ${step.name}: skipped (${skipped})`);
      results.push({ name: step.name, ms: 0, status: "skipped" });
      continue;
    }
    console.log(`\n▶ ${step.name}${step.cmd ? `: ${step.cmd.join(" ")}` : ""}`);
    const s0 = Date.now();
    let code = 0;
    let note = "";
    try {
      if (step.cmd) code = exitCodeOf(await run(step.cmd[0]!, step.cmd.slice(1), { env, name: step.name }));
      else note = (await step.fn!(env)) ?? "";
    } catch (err) {
      console.error((err as Error).message);
      code = 1;
    }
    const ms = Date.now() - s0;
    results.push({ name: step.name, ms, status: code === 0 ? "ok" : "FAILED" });
    console.log(`${code === 0 ? "✔" : "✘"} ${step.name} ${code === 0 ? "passed" : `failed (exit ${code})`} in ${formatSeconds(ms)}${note ? ` (${note})` : ""}`);
    if (code !== 0) {
      summary(step.name);
      return code;
    }
  }
  summary();
  return 0;
});
