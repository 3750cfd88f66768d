// Throwaway databases on the server named by a connection string (the engine's work database and its
// shadow database). Needs a role allowed to CREATE DATABASE; DROP ... WITH (FORCE) needs PostgreSQL 13+.
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Same connection string, other database. pg lets `connectionString` win over a separate `database`
 * field, so changing the URL itself is the only reliable way to point a pool elsewhere.
 */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/" + encodeURIComponent(database);
  return url.toString();
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Idempotent. Close your own pools first; FORCE only evicts connections a crash left behind. */
  drop(): Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = prefix + randomUUID();
  await onServer(serverUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  let dropped = false;
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      if (dropped) return;
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      dropped = true;
    },
  };
}
