// The embedded PostgreSQL lifecycle (scripts/pg/embedded.ts) on private data directories, plus
// the database helpers of scripts/pg/databases.ts on the server DATABASE_URL points at.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbedded, withDatabase, type DatabaseServer } from "../../scripts/pg/embedded";
import { createDatabaseIfMissing, dropDatabase, dropOrphanedTestDatabases } from "../../scripts/pg/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

function postmasterPid(base: string): number | null {
  try {
    return Number(fs.readFileSync(path.join(base, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

describe("embedded PostgreSQL", () => {
  let base: string;
  let port: number;
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const started: DatabaseServer[] = [];

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), "erp-embedded-test-"));
    fs.chmodSync(base, 0o755); // as root the server runs as `postgres`, which must enter it
    port = await freePort();
  });

  afterAll(async () => {
    for (const s of started) await s.stop().catch(() => {});
    const pid = postmasterPid(base);
    if (pid && alive(pid)) process.kill(pid, "SIGQUIT");
    fs.rmSync(base, { recursive: true, force: true });
  });

  it("initialises a UTF8, C-locale cluster on 127.0.0.1 that needs its password", { timeout: 60_000 }, async () => {
    const server = await startEmbedded({ baseDir: base, port, log });
    started.push(server);
    expect(server.embedded).toBe(true);
    expect(server.port).toBe(port);
    const [row] = await query<{ enc: string; collate: string; text: string; listen: string }>(
      server.url,
      `SELECT current_setting('server_encoding') AS enc, datcollate AS collate, '上线 · 超级用户 ✓'::text AS text,
              current_setting('listen_addresses') AS listen
         FROM pg_database WHERE datname = current_database()`,
    );
    expect(row).toEqual({ enc: "UTF8", collate: "C", text: "上线 · 超级用户 ✓", listen: "127.0.0.1" });

    const wrong = new URL(server.url);
    wrong.password = "wrong";
    await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
  });

  it("shares one server between users and stops it with the last one", { timeout: 60_000 }, async () => {
    const first = started[0]!;
    const pid = postmasterPid(base)!;
    const second = await startEmbedded({ baseDir: base, port, log });
    expect(postmasterPid(base)).toBe(pid);
    expect(logs.some((l) => l.includes("reusing"))).toBe(true);
    await second.stop();
    expect(alive(pid)).toBe(true);
    await query(first.url, "SELECT 1");
    await first.stop();
    started.length = 0;
    expect(fs.existsSync(path.join(base, "pg", "postmaster.pid"))).toBe(false);
  });

  it("reuses the server of a SIGKILLed process, and survives a stale postmaster.pid", { timeout: 90_000 }, async () => {
    const script = path.join(base, "hold-server.mts");
    fs.writeFileSync(
      script,
      `import { startEmbedded } from ${JSON.stringify(pathToFileURL(path.join(ROOT, "scripts/pg/embedded.ts")).href)};
       await startEmbedded({ baseDir: process.argv[2], port: Number(process.argv[3]), log: () => {} });
       console.log("READY");
       setInterval(() => {}, 1000);`,
    );
    // `node --import tsx` (not the tsx CLI, which would run the script in a grandchild SIGKILL misses).
    const child = spawn(process.execPath, ["--import", "tsx", script, base, String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (d) => String(d).includes("READY") && resolve());
      child.once("exit", (code) => reject(new Error(`holder exited early (${code})`)));
    });
    const pid = postmasterPid(base)!;
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(alive(pid)).toBe(true);

    logs.length = 0;
    const adopted = await startEmbedded({ baseDir: base, port, log });
    expect(postmasterPid(base)).toBe(pid);
    expect(logs.join("\n")).toMatch(/reusing/);
    // The dead holder's lease does not count: stopping would stop the server (not done here).
    expect(fs.readdirSync(path.join(base, "pg-clients")).map((n) => Number(n.split("-")[0])).filter(alive)).toEqual([process.pid]);

    // Kill the server hard too: its postmaster.pid stays behind, naming a dead process.
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    await adopted.stop();
    expect(fs.existsSync(path.join(base, "pg", "postmaster.pid"))).toBe(true);

    logs.length = 0;
    const restarted = await startEmbedded({ baseDir: base, port, log });
    started.push(restarted);
    expect(logs.join("\n")).toMatch(/removing stale .*postmaster\.pid/);
    expect(postmasterPid(base)).not.toBe(pid);
    await query(restarted.url, "SELECT 1");
    await restarted.stop();
    started.length = 0;
  });
});

describe("test database helpers", () => {
  const serverUrl = process.env.DATABASE_URL!;

  it("creates a UTF8 database once and drops it", async () => {
    const name = `erp_helper_${process.pid}`;
    const url = withDatabase(serverUrl, name);
    expect(await createDatabaseIfMissing(url)).toBe(true);
    expect(await createDatabaseIfMissing(url)).toBe(false);
    const [row] = await query<{ enc: string }>(url, "SELECT current_setting('server_encoding') AS enc");
    expect(row!.enc).toBe("UTF8");
    await dropDatabase(serverUrl, name);
    expect(await query(serverUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).toHaveLength(0);
  });

  it("drops test databases whose creating process is gone, and only those", async () => {
    const dead = spawn(process.execPath, ["-e", ""]);
    const deadPid = await new Promise<number>((resolve) => dead.once("exit", () => resolve(dead.pid!)));
    const orphan = `erp_orphan_${process.pid}_a`;
    const live = `erp_orphan_${process.pid}_b`;
    const comment = (pid: number) => JSON.stringify({ tool: "with-test-db", host: os.hostname(), pid });
    await createDatabaseIfMissing(withDatabase(serverUrl, orphan), comment(deadPid));
    await createDatabaseIfMissing(withDatabase(serverUrl, live), comment(process.pid));
    try {
      await dropOrphanedTestDatabases(serverUrl, `erp_orphan_${process.pid}_`, () => {});
      const names = (await query<{ datname: string }>(serverUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'erp_orphan_%'")).map((r) => r.datname);
      expect(names).not.toContain(orphan);
      expect(names).toContain(live);
    } finally {
      await dropDatabase(serverUrl, orphan);
      await dropDatabase(serverUrl, live);
    }
  });
});
