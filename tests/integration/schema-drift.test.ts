// The migrations must build exactly what prisma/schema.prisma describes, the drift check must notice
// hand-made changes, and AuditLog must refuse UPDATE and DELETE (trigger in the init migration).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSchemaDrift } from "../../scripts/db/drift";
import { applyMigrations } from "../../scripts/db/migrate";

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error("DATABASE_URL must point at a freshly migrated database (the integration test runner sets it).");

/** Runs statements on a fresh connection, so findSchemaDrift (its own connection) sees them committed. */
async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("schema drift", () => {
  it("finds none between schema.prisma and the migrated database", async () => {
    expect(await findSchemaDrift(DATABASE_URL)).toEqual([]);
  });

  describe("in a throwaway database changed by hand", () => {
    const dbName = `test_schema_drift_${randomBytes(6).toString("hex")}`;
    const url = new URL(DATABASE_URL);
    url.pathname = `/${dbName}`;
    const scratchUrl = url.toString();

    beforeAll(async () => {
      await run(DATABASE_URL, `CREATE DATABASE "${dbName}"`);
      await applyMigrations(scratchUrl);
    }, 60_000);

    afterAll(async () => {
      await run(DATABASE_URL, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    }, 60_000);

    // Each case changes the database, expects exactly the listed differences, then undoes the change.
    const cases: { label: string; change: string; undo: string; drift: string[] }[] = [
      {
        label: "an extra column",
        change: `ALTER TABLE "User" ADD COLUMN "nickname" TEXT`,
        undo: `ALTER TABLE "User" DROP COLUMN "nickname"`,
        drift: [`column "User"."nickname" is in the database but not in schema.prisma`],
      },
      {
        label: "a dropped NOT NULL",
        change: `ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL`,
        undo: `ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL`,
        drift: [`column "User"."name": nullable in the database, schema.prisma expects NOT NULL`],
      },
      {
        label: "a dropped unique index",
        change: `DROP INDEX "User_email_key"`,
        undo: `CREATE UNIQUE INDEX "User_email_key" ON "User"("email")`,
        drift: [`unique index on "User"("email") is in schema.prisma but not in the database`],
      },
      {
        label: "a dropped foreign key",
        change: `ALTER TABLE "User" DROP CONSTRAINT "User_departmentId_fkey"`,
        undo: `ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
        drift: [`foreign key "User"("departmentId") -> "Department"("id") is in schema.prisma but not in the database`],
      },
      {
        label: "a changed varchar length",
        change: `ALTER TABLE "Department" ALTER COLUMN "nameZh" TYPE VARCHAR(100)`,
        undo: `ALTER TABLE "Department" ALTER COLUMN "nameZh" TYPE VARCHAR(80)`,
        drift: [`column "Department"."nameZh": type is character varying(100) in the database, schema.prisma expects character varying(80)`],
      },
    ];

    it("starts without drift", async () => {
      expect(await findSchemaDrift(scratchUrl)).toEqual([]);
    });

    it.each(cases)("reports $label", async ({ change, undo, drift }) => {
      await run(scratchUrl, change);
      try {
        expect(await findSchemaDrift(scratchUrl)).toEqual(drift);
      } finally {
        await run(scratchUrl, undo);
      }
      expect(await findSchemaDrift(scratchUrl)).toEqual([]);
    });

    it("keeps AuditLog append-only: UPDATE and DELETE are refused, TRUNCATE works", async () => {
      const client = new pg.Client({ connectionString: scratchUrl });
      await client.connect();
      try {
        await client.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.create', 'Test')`);
        await expect(client.query(`UPDATE "AuditLog" SET "action" = 'tampered'`)).rejects.toThrow(/append-only: UPDATE/);
        await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only: DELETE/);
        const kept = await client.query(`SELECT "action" FROM "AuditLog"`);
        expect(kept.rows).toEqual([{ action: "test.create" }]);
        await client.query(`TRUNCATE "AuditLog"`);
        expect((await client.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(0);
      } finally {
        await client.end();
      }
    });
  });
});
