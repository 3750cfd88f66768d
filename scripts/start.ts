// `npm start` (and `npm run dev` = `--dev`): one command from a fresh clone to a running portal.
//
//   database server (embedded unless DATABASE_URL) → database erp_portal (or DATABASE_URL's)
//   → migrations → demo data (demo mode, first run only) → AUTH_SECRET → next build if stale
//   → next start -p $PORT → wait for /api/health → print the URL.
//
// Ctrl-C stops Next, then the embedded database. A run killed with SIGKILL leaves both running;
// the next `npm start` stops the orphaned Next of this checkout and reuses the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { applyMigrations } from "./db/migrate";
import { ensureBuild } from "./build-stamp";
import { ensureDatabaseServer, redactUrl } from "./pg/embedded";
import { createDatabaseIfMissing, databaseNameOf, loadSeed } from "./pg/databases";
import { REPO_ROOT, formatSeconds, main, onShutdown, spawnManaged, exitCodeOf } from "./pg/lifecycle";

const DATA_DIR = path.join(REPO_ROOT, ".data");
const NEXT_PID_FILE = path.join(DATA_DIR, "next.pid");
const APP_DATABASE = "erp_portal";

const say = (m: string) => console.log(`[start] ${m}`);

function parseArgs(argv: string[]) {
  const dev = argv.includes("--dev");
  const unknown = argv.filter((a) => a !== "--dev");
  if (unknown.length) throw new Error(`unknown argument(s): ${unknown.join(" ")} (usage: tsx scripts/start.ts [--dev])`);
  return { dev };
}

/** AUTH_SECRET from the environment; in demo mode generated once into .data/auth-secret. */
function resolveAuthSecret(mode: string): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)");
    return fromEnv;
  }
  if (mode === "production") {
    throw new Error(
      "Refusing to start: PORTAL_MODE=production needs AUTH_SECRET (32+ random characters, e.g. `openssl rand -base64 32`).\n" +
        "Set it in the environment; it signs every session, so keep it secret and stable across restarts.",
    );
  }
  const file = path.join(DATA_DIR, "auth-secret");
  try {
    const saved = fs.readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  } catch {}
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  say(`demo mode: generated an AUTH_SECRET in ${path.relative(process.cwd(), file) || file} (mode 0600); it is reused on later starts`);
  return secret;
}

/** A Next server of this checkout left behind by a SIGKILLed run holds the port: stop it. */
async function stopOrphanedNext() {
  let rec: { pid?: number } = {};
  try {
    rec = JSON.parse(fs.readFileSync(NEXT_PID_FILE, "utf8"));
  } catch {
    return;
  }
  const pid = rec.pid ?? 0;
  let ours = false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
    ours = cmd.includes("next") && path.resolve(cwd) === path.resolve(REPO_ROOT);
  } catch {}
  if (ours) {
    say(`stopping the Next server (pid ${pid}) left running by an interrupted start`);
    try {
      process.kill(pid, "SIGTERM");
    } catch {}
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  fs.rmSync(NEXT_PID_FILE, { force: true });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port }, () => srv.close(() => resolve(true)));
  });
}

async function waitForHttp(port: number, isAlive: () => boolean, timeoutMs: number): Promise<{ ok: boolean; note?: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline && isAlive()) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await res.arrayBuffer().catch(() => {});
      if (res.status === 200) return { ok: true };
      if (res.status === 404) return { ok: true, note: "(no /api/health route: readiness not checked)" };
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ok: false, note: last };
}

/** "sign in as admin@… / password" from prisma/seed/demo-company.ts, when it exists. */
async function demoHint(): Promise<string> {
  const generic = "  demo mode: sample company with one user per role (demo sign-ins: see README). Set PORTAL_MODE=production for real use.";
  const file = path.join(REPO_ROOT, "prisma", "seed", "demo-company.ts");
  if (!fs.existsSync(file)) return generic;
  try {
    const m = await import(pathToFileURL(file).href);
    const users: { login: string; active?: boolean }[] = m.DEMO_USERS ?? [];
    const first = users[0];
    if (!first || typeof m.demoEmail !== "function" || !m.DEMO_PASSWORD) return generic;
    const others = users.slice(1, 7).map((u) => u.login).join(", ");
    return [
      `  demo mode: sign in as ${m.demoEmail(first.login)} / ${m.DEMO_PASSWORD}`,
      `  (same password for ${others}, ... @${String(m.demoEmail("x")).split("@")[1]}). Set PORTAL_MODE=production for real use.`,
    ].join("\n");
  } catch {
    return generic;
  }
}

main(async () => {
  const t0 = Date.now();
  const { dev } = parseArgs(process.argv.slice(2));
  const mode = (process.env.PORTAL_MODE?.trim() || "demo").toLowerCase();
  if (mode !== "demo" && mode !== "production") throw new Error(`PORTAL_MODE must be "demo" or "production" (got "${process.env.PORTAL_MODE}")`);
  const port = Number(process.env.PORT?.trim() || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number (got "${process.env.PORT}")`);

  const authSecret = resolveAuthSecret(mode);
  await stopOrphanedNext();
  if (!(await portFree(port))) throw new Error(`Port ${port} is already in use. Stop what uses it or choose another: PORT=3001 npm start`);

  const phases: string[] = [];
  let mark = Date.now();
  const phase = (name: string) => {
    phases.push(`${name} ${formatSeconds(Date.now() - mark)}`);
    mark = Date.now();
  };

  const server = await ensureDatabaseServer();
  phase("database");
  const databaseUrl = process.env.DATABASE_URL?.trim() || server.urlFor(APP_DATABASE);
  if (await createDatabaseIfMissing(databaseUrl)) say(`created database ${databaseNameOf(databaseUrl)}`);
  const applied = await applyMigrations(databaseUrl, (m) => say(m));
  say(applied.length ? `${applied.length} migration(s) applied` : "database schema is up to date");
  phase("migrations");

  let seeded = false;
  if (mode === "demo") {
    const seed = await loadSeed(say);
    if (seed) seeded = (await seed(databaseUrl, (m) => say(m))).created;
    if (seeded) say("demo company created (departments and one user per role)");
    phase("demo data");
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    PORTAL_MODE: mode,
    PORT: String(port),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) {
    await ensureBuild({ env: childEnv });
    phase("build");
  }

  const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
  const args = dev ? [nextBin, "dev", "-p", String(port)] : [nextBin, "start", "-p", String(port)];
  // Registered before the child, so it runs after Next has stopped (hooks run newest first).
  onShutdown("forget next.pid", () => fs.rmSync(NEXT_PID_FILE, { force: true }));
  const { child, done } = spawnManaged(process.execPath, args, {
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
    name: dev ? "next dev" : "next start",
  });
  fs.writeFileSync(NEXT_PID_FILE, JSON.stringify({ pid: child.pid, port }));
  let exited = false;
  void done.finally(() => (exited = true)).catch(() => {});

  const ready = await waitForHttp(port, () => !exited, dev ? 300_000 : 120_000);
  phase(dev ? "next dev" : "next start");
  if (ready.ok) {
    const where = `http://localhost:${port}`;
    console.log(
      [
        "",
        `  ERP go-live portal ${dev ? "(development) " : ""}is ready: ${where}   (${formatSeconds(Date.now() - t0)}: ${phases.join(", ")})`,
        `  database: ${redactUrl(databaseUrl)}${server.embedded ? "  [embedded PostgreSQL]" : ""}`,
        mode === "demo" ? await demoHint() : "  production mode",
        server.embedded ? "  Ctrl-C stops the portal and its embedded database." : "  Ctrl-C stops the portal.",
        "",
      ].join("\n"),
    );
    if (ready.note) say(ready.note);
  } else if (!exited) {
    say(`warning: no healthy answer from ${`http://127.0.0.1:${port}/api/health`} yet (${ready.note}); leaving the server running`);
  }

  return exitCodeOf(await done);
});
