// The driver adapter the wasm schema engine talks to PostgreSQL through: @prisma/adapter-pg, with the
// workarounds its prerelease migration support needs (adapter-pg 7.10.1; the "char" and $$ failures
// were reproduced here, the shadow-database ones are visible in adapter-pg's connectToShadowDb source):
// - catalog columns of type "char"/name[] are relabelled as text (see relabel-client.ts);
// - executeScript sends a script as ONE simple-protocol query: adapter-pg splits on ";", which cuts
//   plpgsql bodies ($$ ... ; ... $$) into broken statements. One query is also what Prisma's native
//   engine does, so migrations behave the same in both;
// - the shadow database is created here, not by adapter-pg, and its pool gets its own connection string: adapter-pg does
//   `new Pool({ ...config, database })`, but pg lets a connectionString override `database`, so it
//   silently used the main database as the "shadow" one;
// - the shadow pool is closed BEFORE its database is dropped (adapter-pg drops first, which fails
//   while the pool still holds connections), and anything left behind by a crash is dropped in close();
// - pools use allowExitOnIdle so a forgotten idle connection never keeps the CLI alive.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { RelabelingClient } from "./relabel-client";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const SHADOW_PREFIX = "prisma_migrate_shadow_db_"; // Prisma's own naming, so leftovers are recognisable

function newPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, Client: RelabelingClient, max: 4, allowExitOnIdle: true });
}

/** Errors reach the engine as Postgres errors (code, message, detail), as with adapter-pg's own mapping. */
function asAdapterError(err: unknown): never {
  const e = err as pg.DatabaseError;
  if (typeof e?.code === "string" && typeof e.severity === "string") {
    throw new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity,
      message: e.message,
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
  throw err;
}

async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  adapter.executeScript = async (script: string) => {
    await pool.query(script).catch(asAdapterError);
  };
  return adapter;
}

export interface EngineAdapter {
  /** Pass to SchemaEngine.new (already bound with bindMigrationAwareSqlAdapterFactory). */
  factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;
  /** Drops any shadow database still around and closes all pools. Always call it. */
  close(): Promise<void>;
}

/** `databaseUrl` is the engine's main database; shadow databases are created on the same server. */
export function createEngineAdapter(databaseUrl: string, log: (msg: string) => void = () => {}): EngineAdapter {
  const mainPool = newPool(databaseUrl);
  const liveShadows = new Map<ScratchDatabase, pg.Pool>();

  async function dropShadow(shadow: ScratchDatabase): Promise<void> {
    const pool = liveShadows.get(shadow);
    liveShadows.delete(shadow);
    await pool?.end().catch(() => {});
    await shadow.drop();
    log(`dropped shadow database ${shadow.name}`);
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(mainPool),
    async connectToShadowDb() {
      const shadow = await createScratchDatabase(databaseUrl, SHADOW_PREFIX).catch(asAdapterError);
      log(`created shadow database ${shadow.name}`);
      const pool = newPool(shadow.url);
      liveShadows.set(shadow, pool);
      const adapter = await connectAdapter(pool);
      adapter.dispose = () => dropShadow(shadow);
      return adapter;
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async close() {
      for (const shadow of [...liveShadows.keys()]) {
        await dropShadow(shadow).catch((err) => log(`could not drop shadow database ${shadow.name}: ${(err as Error).message}`));
      }
      await mainPool.end();
    },
  };
}
