// Creating and dropping databases on whichever server ensureDatabaseServer() returned.
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import pg from "pg";
import { withDatabase } from "./embedded";
import { REPO_ROOT } from "./lifecycle";

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** Connects to the server's maintenance database (postgres, else template1) and runs fn. */
export async function withAdminClient<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (const db of ["postgres", "template1"]) {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, db) });
    client.on("error", () => {});
    try {
      await client.connect();
    } catch (err) {
      lastError = err;
      await client.end().catch(() => {});
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`Cannot connect to the database server: ${(lastError as Error)?.message ?? lastError}`);
}

/**
 * Creates the database named in `url` if it does not exist (UTF8, C collation, from template0, so
 * it works whatever encoding the cluster's template1 has). Returns true when it created it.
 */
export async function createDatabaseIfMissing(url: string, comment?: string): Promise<boolean> {
  const name = databaseNameOf(url);
  return withAdminClient(url, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    try {
      await c.query(`CREATE DATABASE ${ident(name)} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'`);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === "42P04" || code === "23505") return false; // created concurrently
      throw new Error(`Could not create database ${name}: ${(err as Error).message}`);
    }
    if (comment) await c.query(`COMMENT ON DATABASE ${ident(name)} IS ${pg.escapeLiteral(comment)}`).catch(() => {});
    return true;
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  });
}

interface TestDbOwner {
  tool: string;
  host: string;
  pid: number;
}

export function testDatabaseComment(): string {
  const owner: TestDbOwner = { tool: "with-test-db", host: os.hostname(), pid: process.pid };
  return JSON.stringify({ ...owner, created: new Date().toISOString() });
}

/** Drops test databases (prefix) left by runs of this host whose process is gone (SIGKILL, crash). */
export async function dropOrphanedTestDatabases(serverUrl: string, prefix: string, log: (m: string) => void): Promise<void> {
  await withAdminClient(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string; comment: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    );
    for (const { datname, comment } of rows) {
      let owner: Partial<TestDbOwner> = {};
      try {
        owner = JSON.parse(comment ?? "{}");
      } catch {}
      if (owner.tool !== "with-test-db" || owner.host !== os.hostname() || !owner.pid) continue;
      let alive = true;
      try {
        process.kill(owner.pid, 0);
      } catch (err) {
        alive = (err as NodeJS.ErrnoException).code === "EPERM";
      }
      if (alive) continue;
      await c.query(`DROP DATABASE IF EXISTS ${ident(datname)} WITH (FORCE)`).then(
        () => log(`dropped ${datname}, left behind by an interrupted run (pid ${owner.pid})`),
        () => {},
      );
    }
  });
}

type Seed = (databaseUrl: string, log?: (m: string) => void) => Promise<{ created: boolean }>;

/** scripts/db/seed.ts's seedDemoCompany, or null (with a warning) while it does not exist yet. */
export async function loadSeed(log: (m: string) => void): Promise<Seed | null> {
  const file = path.join(REPO_ROOT, "scripts", "db", "seed.ts");
  if (!fs.existsSync(file)) {
    log("warning: scripts/db/seed.ts does not exist yet; skipping the demo data");
    return null;
  }
  const mod = await import(pathToFileURL(file).href);
  if (typeof mod.seedDemoCompany !== "function") {
    log("warning: scripts/db/seed.ts does not export seedDemoCompany(); skipping the demo data");
    return null;
  }
  return mod.seedDemoCompany as Seed;
}
