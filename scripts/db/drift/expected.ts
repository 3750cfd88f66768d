// What schema.prisma implies for PostgreSQL, from the DMMF of @prisma/prisma-schema-wasm (the parser
// Prisma itself uses), following the rules Prisma Migrate applies when it writes SQL: default native
// types, default constraint names, default referential actions, implicit many-to-many join tables.
import schemaWasm from "@prisma/prisma-schema-wasm";
import type { Column, ForeignKey, Index, ReferentialAction, SchemaShape } from "./shape";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId?: boolean;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

const MAX_IDENTIFIER_BYTES = 63; // PostgreSQL NAMEDATALEN - 1, what Prisma truncates default names to

/** Prisma's default names (psl ConstraintNames): "<table>_<columns>" cut to fit, then the suffix. */
function defaultName(prefix: string, suffix: string): string {
  const buf = Buffer.from(prefix);
  const limit = MAX_IDENTIFIER_BYTES - suffix.length;
  if (buf.length < limit) return prefix + suffix;
  let end = limit;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--; // do not cut a UTF-8 character in half
  return buf.subarray(0, end).toString() + suffix;
}

/** PostgreSQL types Prisma uses per native type attribute, spelled as format_type() prints them. */
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  Char: ([n]) => `character(${n ?? 1})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : "character varying"),
  Bit: ([n]) => `bit(${n ?? 1})`,
  VarBit: ([n]) => (n ? `bit varying(${n})` : "bit varying"),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Boolean: () => "boolean",
  Integer: () => "integer",
  SmallInt: () => "smallint",
  BigInt: () => "bigint",
  Oid: () => "oid",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: ([p, s]) => (p ? `numeric(${p},${s ?? 0})` : "numeric"),
  Money: () => "money",
  Timestamp: ([p]) => (p ? `timestamp(${p}) without time zone` : "timestamp without time zone"),
  Timestamptz: ([p]) => (p ? `timestamp(${p}) with time zone` : "timestamp with time zone"),
  Date: () => "date",
  Time: ([p]) => (p ? `time(${p}) without time zone` : "time without time zone"),
  Timetz: ([p]) => (p ? `time(${p}) with time zone` : "time with time zone"),
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

/** Types Prisma uses when a field has no @db attribute. */
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

const ACTIONS: Record<string, ReferentialAction> = {
  NoAction: "NO ACTION",
  Restrict: "RESTRICT",
  Cascade: "CASCADE",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function loadDmmf(schema: string, path = "schema.prisma"): Dmmf {
  return JSON.parse(schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [[path, schema]] }))) as Dmmf;
}

export function expectedShape(dmmf: Dmmf): SchemaShape {
  const { models, enums, indexes } = dmmf.datamodel;
  const byName = new Map(models.map((m) => [m.name, m]));
  const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const field = (m: DmmfModel, name: string) => {
    const f = m.fields.find((x) => x.name === name);
    if (!f) throw new Error(`DMMF: ${m.name}.${name} not found`);
    return f;
  };
  const columnOf = (m: DmmfModel, name: string) => field(m, name).dbName ?? name;

  function columnType(f: DmmfField): string {
    let base: string;
    if (f.kind === "enum") base = `enum ${enumDbName.get(f.type) ?? f.type}`;
    else if (f.nativeType) {
      const [name, args] = f.nativeType;
      base = NATIVE_TYPES[name]?.(args) ?? name.toLowerCase();
    } else base = DEFAULT_TYPES[f.type] ?? f.type.toLowerCase();
    return f.isList ? `${base}[]` : base;
  }

  const shape: SchemaShape = { tables: new Map(), enums: new Map(), indexes: [], foreignKeys: [] };
  for (const e of enums) shape.enums.set(e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name));

  for (const m of models) {
    const columns = new Map<string, Column>();
    for (const f of m.fields) {
      if (f.kind !== "scalar" && f.kind !== "enum") continue;
      // Scalar lists: Prisma does not make them NOT NULL consistently across versions; not checked.
      columns.set(f.dbName ?? f.name, { type: columnType(f), nullable: f.isList ? undefined : !f.isRequired });
    }
    shape.tables.set(tableOf(m), columns);

    for (const f of m.fields) {
      if (f.kind !== "object" || !f.relationFromFields?.length) continue;
      const target = byName.get(f.type)!;
      // Prisma's defaults: a required relation restricts deletes, an optional one nulls the reference.
      const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
      shape.foreignKeys.push({
        table: tableOf(m),
        columns: f.relationFromFields.map((n) => columnOf(m, n)),
        refTable: tableOf(target),
        refColumns: (f.relationToFields ?? []).map((n) => columnOf(target, n)),
        onDelete: ACTIONS[onDelete],
        onUpdate: ACTIONS[f.relationOnUpdate ?? "Cascade"],
      });
    }
  }

  for (const ix of indexes) {
    const m = byName.get(ix.model)!;
    const table = tableOf(m);
    const cols = ix.fields.map((f) => columnOf(m, f.name));
    const kind = ix.type === "id" ? "primary key" : ix.type === "unique" ? "unique index" : "index";
    const name =
      ix.dbName ??
      (ix.type === "id" ? defaultName(table, "_pkey") : defaultName(`${table}_${cols.join("_")}`, ix.type === "unique" ? "_key" : "_idx"));
    shape.indexes.push({
      table,
      kind,
      name,
      columns: ix.fields.map((f, i) => cols[i] + (f.sortOrder === "desc" ? " DESC" : "")),
      method: (ix.algorithm ?? "BTree").toLowerCase(),
      predicate: null,
    });
  }

  addImplicitManyToMany(models, shape, tableOf, columnType, field);
  return shape;
}

/**
 * A list relation with no `fields` on either side is stored in a join table "_<RelationName>" with
 * columns A and B (A = the model whose name sorts first), primary key (A, B), an index on B and
 * cascading foreign keys to each model's id.
 */
function addImplicitManyToMany(
  models: DmmfModel[],
  shape: SchemaShape,
  tableOf: (m: DmmfModel) => string,
  columnType: (f: DmmfField) => string,
  field: (m: DmmfModel, name: string) => DmmfField,
): void {
  const seen = new Set<string>();
  for (const m of models) {
    for (const f of m.fields) {
      if (f.kind !== "object" || !f.isList || !f.relationName || seen.has(f.relationName)) continue;
      const other = models.find((x) => x.name === f.type)!;
      const back = other.fields.find((x) => x.kind === "object" && x.relationName === f.relationName && x !== f);
      if (!back?.isList || f.relationFromFields?.length || back.relationFromFields?.length) continue;
      seen.add(f.relationName);
      const [a, b] = [m, other].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      const idOf = (model: DmmfModel) => model.fields.find((x) => x.isId) ?? field(model, "id");
      const join = `_${f.relationName}`;
      const colType = (model: DmmfModel) => columnType({ ...idOf(model), isList: false });
      shape.tables.set(
        join,
        new Map([
          ["A", { type: colType(a), nullable: false }],
          ["B", { type: colType(b), nullable: false }],
        ]),
      );
      shape.indexes.push({ table: join, kind: "primary key", name: `${join}_AB_pkey`, columns: ["A", "B"], method: "btree", predicate: null });
      shape.indexes.push({ table: join, kind: "index", name: `${join}_B_index`, columns: ["B"], method: "btree", predicate: null });
      for (const [col, model] of [["A", a], ["B", b]] as const) {
        const id = idOf(model);
        shape.foreignKeys.push({
          table: join,
          columns: [col],
          refTable: tableOf(model),
          refColumns: [id.dbName ?? id.name],
          onDelete: "CASCADE",
          onUpdate: "CASCADE",
        });
      }
    }
  }
}
