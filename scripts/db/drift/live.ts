// What the database has, read from pg_catalog (information_schema hides index details and spells types
// differently from format_type) for the connection's current schema. Prisma's own bookkeeping table
// is left out.
import type pg from "pg";
import type { Column, ForeignKey, Index, ReferentialAction, SchemaShape } from "./shape";

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

// Arrays of `name` come back as name[], which node-postgres does not parse: cast to text[].
const TABLES = `
SELECT c.relname::text AS table
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

const COLUMNS = `
SELECT c.relname::text AS table, a.attname::text AS column, NOT a.attnotnull AS nullable,
       CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
            WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
            ELSE format_type(a.atttypid, a.atttypmod) END AS type
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum`;

const ENUMS = `
SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema()
GROUP BY t.typname`;

// Key columns only (not INCLUDE ones). Expression columns and partial-index predicates are spelled out
// so they never silently match an index Prisma would create.
const INDEXES = `
SELECT c.relname::text AS table, i.relname::text AS name, x.indisprimary AS primary, x.indisunique AS unique,
       am.amname::text AS method, pg_get_expr(x.indpred, x.indrelid) AS predicate,
       array(SELECT coalesce(a.attname::text, pg_get_indexdef(x.indexrelid, k.ord::int, true)) ||
                    CASE WHEN (x.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END
             FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
             WHERE k.ord <= x.indnkeyatts ORDER BY k.ord) AS columns
FROM pg_index x
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_am am ON am.oid = i.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema()`;

const FOREIGN_KEYS = `
SELECT c.relname::text AS table, r.relname::text AS ref_table,
       con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
       array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_class r ON r.oid = con.confrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'f' AND n.nspname = current_schema()`;

export async function liveShape(client: pg.ClientBase): Promise<SchemaShape> {
  const keep = (r: { table: string }) => !IGNORED_TABLES.has(r.table);
  const shape: SchemaShape = { tables: new Map(), enums: new Map(), indexes: [], foreignKeys: [] };

  for (const r of (await client.query<{ table: string }>(TABLES)).rows.filter(keep)) shape.tables.set(r.table, new Map());
  const columns = await client.query<{ table: string; column: string; nullable: boolean; type: string }>(COLUMNS);
  for (const r of columns.rows.filter(keep)) {
    shape.tables.get(r.table)?.set(r.column, { type: r.type, nullable: r.nullable } satisfies Column);
  }

  for (const r of (await client.query<{ name: string; values: string[] }>(ENUMS)).rows) shape.enums.set(r.name, r.values);

  const indexes = await client.query<{
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    method: string;
    predicate: string | null;
    columns: string[];
  }>(INDEXES);
  for (const r of indexes.rows.filter(keep)) {
    const kind: Index["kind"] = r.primary ? "primary key" : r.unique ? "unique index" : "index";
    shape.indexes.push({ table: r.table, kind, name: r.name, columns: r.columns, method: r.method, predicate: r.predicate });
  }

  const fks = await client.query<{
    table: string;
    ref_table: string;
    on_delete: string;
    on_update: string;
    columns: string[];
    ref_columns: string[];
  }>(FOREIGN_KEYS);
  for (const r of fks.rows.filter(keep)) {
    shape.foreignKeys.push({
      table: r.table,
      columns: r.columns,
      refTable: r.ref_table,
      refColumns: r.ref_columns,
      onDelete: ACTIONS[r.on_delete],
      onUpdate: ACTIONS[r.on_update],
    } satisfies ForeignKey);
  }
  return shape;
}
