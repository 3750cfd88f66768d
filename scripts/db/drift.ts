// Schema drift: differences between prisma/schema.prisma and a live, migrated database (tables, columns,
// types, nullability, enums, primary keys, unique and ordinary indexes, foreign keys). Column defaults,
// triggers, check constraints and views are not compared. Catches hand-made changes and migrations that
// no longer match the schema, without Prisma's native engine (`prisma migrate diff` needs it).
//
//   DATABASE_URL=... tsx scripts/db/drift.ts    prints the differences, exits 1 when there are any.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { compareShapes } from "./drift/compare";
import { expectedShape, loadDmmf } from "./drift/expected";
import { liveShape } from "./drift/live";

const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/schema.prisma");

/** Human-readable differences; [] when the database matches schema.prisma. */
export async function findSchemaDrift(databaseUrl: string, schemaPath = SCHEMA_PATH): Promise<string[]> {
  const expected = expectedShape(loadDmmf(readFileSync(schemaPath, "utf8"), schemaPath));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return compareShapes(expected, await liveShape(client));
  } finally {
    await client.end();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: point it at the migrated database to check.");
    process.exit(2);
  }
  findSchemaDrift(url)
    .then((drift) => {
      if (drift.length === 0) {
        console.log("no drift: the database matches prisma/schema.prisma");
        return;
      }
      console.log(`${drift.length} difference(s) between prisma/schema.prisma and the database:`);
      for (const line of drift) console.log(`  - ${line}`);
      process.exitCode = 1;
    })
    .catch((err) => {
      console.error(`drift check failed: ${(err as Error).message}`);
      process.exitCode = 2;
    });
}
