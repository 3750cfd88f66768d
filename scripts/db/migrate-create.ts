// `npm run db:migrate:create -- <name>`: authors prisma/migrations/<timestamp>_<name>/migration.sql from
// the difference between prisma/schema.prisma and the existing migrations, offline.
//
// Prisma's native schema engine (what `prisma migrate dev` runs) cannot be downloaded on these machines,
// so this drives the prerelease @prisma/schema-engine-wasm through @prisma/adapter-pg instead: the same
// engine code, so the SQL is what `prisma migrate dev --create-only` would write.
//
// DATABASE_URL only names a server: the databases used are throwaway ones created and dropped here.
// - a work database, migrated with migrate.ts, that plays the "dev database" of `prisma migrate dev`.
//   It must be fully migrated: the wasm engine's createMigration cannot open a shadow database itself,
//   it reuses the schema devDiagnostic computed (in a shadow database) for the APPLIED migrations, and
//   fails with "shadow DB must be provided through an external factory" when those differ from the
//   migrations on disk. Using a fresh database also makes the result independent of the state of
//   anyone's dev database;
// - the shadow databases the engine asks for (see schema-engine/adapter.ts).
// Dev-time only: nothing at start-up or in tests depends on it (migrations are applied by migrate.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "./migrate";
import { createEngineAdapter } from "./schema-engine/adapter";
import { loadSchemaEngine } from "./schema-engine/load-engine";
import { readMigrationsList, slugifyMigrationName, writeMigration } from "./schema-engine/migrations-dir";
import { createScratchDatabase } from "./schema-engine/scratch-db";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

const USAGE = `Usage: npm run db:migrate:create -- <name> [--verbose]
  Writes prisma/migrations/<timestamp>_<name>/migration.sql for the changes in prisma/schema.prisma.
  Needs DATABASE_URL: a PostgreSQL server on which it may create and drop temporary databases
  (the database named in the URL is only connected to, never changed).`;

export type CreateResult = { status: "created"; directory: string } | { status: "no changes" };

/** Authors the next migration; `name` is slugified like the Prisma CLI does. */
export async function createMigration(
  databaseUrl: string,
  name: string,
  log: (msg: string) => void = () => {},
): Promise<CreateResult> {
  const migrationName = slugifyMigrationName(name);
  if (!migrationName) throw new Error(`Migration name "${name}" has no Latin letters or digits; use e.g. "add_training_tables".`);

  const schemaContent = readFileSync(SCHEMA_PATH, "utf8");
  const schema = { files: [{ path: SCHEMA_PATH, content: schemaContent }] };
  const { SchemaEngine } = await loadSchemaEngine();

  const work = await createScratchDatabase(databaseUrl, "prisma_migrate_work_db_").catch((err: Error) => {
    throw new Error(`could not create a temporary database via DATABASE_URL (the role needs CREATEDB): ${err.message}`);
  });
  try {
    log(`created work database ${work.name}`);
    await applyMigrations(work.url, log);
    const adapter = createEngineAdapter(work.url, log);
    try {
      const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaContent]] }, (line: string) => line.trim() && log(line.trim()), adapter.factory);
      try {
        const migrationsList = await readMigrationsList(MIGRATIONS_DIR);
        // Fills the engine's cache with the schema the migrations produce (see the header), and refuses
        // a migration history Prisma would refuse (edited or failing migrations).
        const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
        if (action.tag === "reset") throw new Error(`The migration history is not usable as is:\n${action.reason}`);
        const out = await engine.createMigration({ draft: false, migrationName, migrationsList, schema, filters: NO_FILTERS });
        if (out.migrationScript === null) return { status: "no changes" };
        const directory = await writeMigration({
          baseDir: MIGRATIONS_DIR,
          generatedMigrationName: out.generatedMigrationName,
          extension: out.extension,
          script: out.migrationScript,
          connectorType: out.connectorType,
        });
        return { status: "created", directory };
      } finally {
        engine.free();
      }
    } finally {
      await adapter.close();
    }
  } finally {
    await work.drop();
    log(`dropped work database ${work.name}`);
  }
}

/** Engine errors carry a Rust span trace after the message; the message is what the user needs. */
function firstParagraph(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\n\s+0: /)[0].trim();
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const names = args.filter((a) => !a.startsWith("--"));
  if (names.length !== 1 || args.includes("--help")) {
    console.error(USAGE);
    return 1;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. This tool needs a PostgreSQL server on which it can create and drop temporary databases.\n" +
        "Set it, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run db:migrate:create -- <name>\n" +
        "Any PostgreSQL 13+ server you may create databases on will do, e.g. the embedded one the app starts.",
    );
    return 1;
  }
  try {
    const result = await createMigration(databaseUrl, names[0], verbose ? (m) => console.error(m) : undefined);
    if (result.status === "no changes") {
      console.log("no changes: prisma/schema.prisma matches the migrations");
    } else {
      console.log(`created ${path.relative(ROOT, path.join(result.directory, "migration.sql"))}`);
      console.log("Review it, then apply it with `npm run db:migrate`.");
    }
    return 0;
  } catch (err) {
    console.error(`db:migrate:create failed: ${firstParagraph(err)}`);
    if (verbose) console.error(err);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then((code) => process.exit(code));
}
