// npm run bench:startup [-- --with-tests] [--dir <parent>] [--keep] [--path /api/health]
//
// Start-up time of a fresh clone: cold `npm start` (initdb, migrations, demo data, next build) to
// the first HTTP 200, then Ctrl-C, then a warm `npm start` (data and build reused) to the first
// 200. Prints both and warm/cold, which must stay below 1/3. --with-tests also times `npm test`.
//
// The clone is `git clone` of this repository plus the working tree's uncommitted and untracked
// (not ignored) files, so what is measured is what would be committed. node_modules is a hard-link
// copy of this checkout's (install time is excluded; Turbopack rejects a node_modules symlink that
// points outside the project), followed by the postinstall step (prisma generate), also excluded.
// Everything is removed afterwards, including the clone's embedded data.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedLocations, forceStopEmbedded, freePort } from "../pg/embedded";
import { REPO_ROOT, formatSeconds, main, onShutdown } from "../pg/lifecycle";

const say = (m: string) => console.log(`[bench] ${m}`);

function parseArgs(argv: string[]) {
  const opts = { withTests: false, keep: false, dir: os.tmpdir(), path: "/api/health", timeoutMs: 600_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--with-tests") opts.withTests = true;
    else if (a === "--keep") opts.keep = true;
    else if (a === "--dir") opts.dir = path.resolve(argv[++i] ?? ".");
    else if (a === "--path") opts.path = argv[++i] ?? "/api/health";
    else if (a === "--timeout") opts.timeoutMs = Number(argv[++i]) * 1000;
    else throw new Error(`unknown argument ${a} (usage: bench:startup [--with-tests] [--dir <parent>] [--keep] [--path /api/health] [--timeout <s>])`);
  }
  return opts;
}

function git(args: string[], cwd = REPO_ROOT): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** git clone + the working tree's pending changes (tracked edits, deletions, untracked files). */
function makeClone(dest: string): number {
  git(["clone", "--quiet", REPO_ROOT, dest]);
  const files = git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean);
  const deleted = new Set(git(["ls-files", "-z", "--deleted"]).split("\0").filter(Boolean));
  for (const f of files) {
    const from = path.join(REPO_ROOT, f);
    const to = path.join(dest, f);
    if (deleted.has(f) || !fs.existsSync(from)) {
      fs.rmSync(to, { force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    fs.chmodSync(to, fs.statSync(from).mode & 0o777);
  }
  return git(["status", "--porcelain", "--untracked-files=all"]).split("\n").filter(Boolean).length;
}

function provideNodeModules(clone: string): string {
  const src = path.join(REPO_ROOT, "node_modules");
  if (!fs.existsSync(src)) throw new Error("node_modules is missing: run npm ci first");
  const r = spawnSync("cp", ["-al", src, path.join(clone, "node_modules")], { stdio: ["ignore", "ignore", "pipe"] });
  if (r.status === 0) return "hard-linked";
  fs.rmSync(path.join(clone, "node_modules"), { recursive: true, force: true });
  const c = spawnSync("cp", ["-a", src, path.join(clone, "node_modules")], { stdio: "inherit" });
  if (c.status !== 0) throw new Error("could not copy node_modules into the clone");
  return "copied";
}

function benchEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  // What a new user has: no database, no secret, default (demo) mode.
  for (const k of ["DATABASE_URL", "AUTH_SECRET", "PORTAL_MODE", "AUTH_URL", "npm_config_prefix"]) delete env[k];
  return env;
}

interface Running {
  child: ChildProcess;
  exited: Promise<number | null>;
  logFile: string;
}

/** `npm start` in its own process group (so Ctrl-C can be simulated for the whole group). */
function npmStart(clone: string, port: number, logFile: string): Running {
  const fd = fs.openSync(logFile, "w");
  const child = spawn("npm", ["start"], { cwd: clone, env: benchEnv(port), detached: true, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ? 128 : code)));
  return { child, exited, logFile };
}

async function firstOk(url: string, running: Running, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  let dead = false;
  void running.exited.then(() => (dead = true));
  while (Date.now() - t0 < timeoutMs) {
    if (dead) throw new Error(`npm start exited before answering; log:\n${tailOf(running.logFile, 40)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" });
      await res.arrayBuffer().catch(() => {});
      if (res.status === 200) return Date.now() - t0;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no HTTP 200 from ${url} within ${timeoutMs / 1000}s; log:\n${tailOf(running.logFile, 40)}`);
}

function tailOf(file: string, n: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-n).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Ctrl-C as a terminal sends it: SIGINT to the whole group; waits for npm to exit. */
async function interrupt(running: Running): Promise<number> {
  const t0 = Date.now();
  if (running.child.exitCode !== null || running.child.signalCode !== null) return 0;
  try {
    process.kill(-running.child.pid!, "SIGINT");
  } catch {}
  const timer = setTimeout(() => {
    try {
      process.kill(-running.child.pid!, "SIGKILL");
    } catch {}
  }, 30_000);
  await running.exited;
  clearTimeout(timer);
  return Date.now() - t0;
}

main(async () => {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(opts.dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(opts.dir, "erp-bench-"));
  fs.chmodSync(work, 0o755); // like an ordinary checkout (mkdtemp makes it 0700); use --dir to test a private parent
  const clone = path.join(work, "repo");
  const running = new Set<Running>();
  onShutdown("clean up the bench", async () => {
    for (const r of running) await interrupt(r);
    await forceStopEmbedded(clone).catch(() => {});
    if (opts.keep) {
      say(`kept ${work}`);
      return;
    }
    const { external } = embeddedLocations(clone);
    const usedExternal = fs.existsSync(external);
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(external, { recursive: true, force: true });
    say(`removed ${work}${usedExternal ? ` and ${external}` : ""}`);
  });

  say(`fresh clone in ${clone}`);
  const pending = makeClone(clone);
  say(`git clone + ${pending} uncommitted/untracked file(s) of the working tree`);
  say(`node_modules ${provideNodeModules(clone)} from ${REPO_ROOT} (install excluded from the timings)`);
  const gen = spawnSync("npm", ["run", "--silent", "postinstall"], { cwd: clone, env: benchEnv(0), encoding: "utf8" });
  if (gen.status !== 0) throw new Error(`the postinstall step (prisma generate) failed in the clone:\n${gen.stdout}${gen.stderr}`);

  const measure = async (label: string) => {
    const port = await freePort();
    const logFile = path.join(work, `${label}.log`);
    say(`${label}: npm start on port ${port} (log ${logFile})`);
    const r = npmStart(clone, port, logFile);
    running.add(r);
    const ms = await firstOk(`http://127.0.0.1:${port}${opts.path}`, r, opts.timeoutMs);
    say(`${label}: first HTTP 200 from ${opts.path} after ${formatSeconds(ms)}`);
    const stopMs = await interrupt(r);
    running.delete(r);
    const stillRunning = fs.existsSync(path.join(clone, ".data", "pg", "postmaster.pid")) || fs.existsSync(path.join(embeddedLocations(clone).external, "pg", "postmaster.pid"));
    say(`${label}: Ctrl-C stopped it in ${formatSeconds(stopMs)}${stillRunning ? " — but the embedded PostgreSQL is STILL RUNNING" : ", database stopped"}`);
    if (stillRunning) throw new Error("Ctrl-C left the embedded PostgreSQL running");
    return ms;
  };

  const cold = await measure("cold");
  const warm = await measure("warm");
  const ratio = warm / cold;
  const ok = ratio < 1 / 3;

  let testLine = "";
  let testsOk = true;
  if (opts.withTests) {
    say("npm test in the clone ...");
    const t0 = Date.now();
    const logFile = path.join(work, "npm-test.log");
    const fd = fs.openSync(logFile, "w");
    const env = benchEnv(0);
    delete env.PORT;
    const child = spawn("npm", ["test"], { cwd: clone, env, detached: true, stdio: ["ignore", fd, fd] });
    fs.closeSync(fd);
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    testsOk = code === 0;
    testLine = `  npm test:          ${formatSeconds(Date.now() - t0).padStart(7)}  wall time, ${testsOk ? "passed" : `FAILED (exit ${code})`}`;
    if (!testsOk) console.log(tailOf(logFile, 60));
    else console.log(tailOf(logFile, 12));
  }

  console.log(
    [
      "",
      "Start-up of a fresh clone (`npm start` to the first HTTP 200):",
      `  cold (initdb, migrations, seed, build): ${formatSeconds(cold).padStart(7)}`,
      `  warm (data and build reused):           ${formatSeconds(warm).padStart(7)}`,
      `  warm/cold: ${ratio.toFixed(3)} (must be < 0.333) ${ok ? "OK" : "TOO SLOW"}`,
      testLine,
      "",
    ]
      .filter((l) => l !== "")
      .join("\n"),
  );
  return ok && testsOk ? 0 : 1;
});
