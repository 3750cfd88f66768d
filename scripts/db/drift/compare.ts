// Turns the two shapes into readable differences. Indexes and foreign keys are matched by what they
// do (table, columns, kind, method / referenced columns), not by name, so a renamed index reads as
// "named X, expected Y" rather than as one missing and one unexpected index.
import { describeFk, describeIndex, q, type ForeignKey, type Index, type SchemaShape } from "./shape";

const nullability = (nullable: boolean | undefined) => (nullable ? "nullable" : "NOT NULL");

/** Pairs items with equal keys (as multisets); returns the pairs and what is left on each side. */
function match<T>(expected: T[], live: T[], key: (x: T) => string) {
  const pool = new Map<string, T[]>();
  for (const l of live) pool.set(key(l), [...(pool.get(key(l)) ?? []), l]);
  const pairs: [T, T][] = [];
  const missing: T[] = [];
  for (const e of expected) {
    const l = pool.get(key(e))?.shift();
    if (l) pairs.push([e, l]);
    else missing.push(e);
  }
  return { pairs, missing, extra: [...pool.values()].flat() };
}

const indexKey = (i: Index) => [i.table, i.kind, i.columns.join(","), i.method, i.predicate ?? ""].join("|");
const fkKey = (f: ForeignKey) => [f.table, f.columns.join(","), f.refTable, f.refColumns.join(",")].join("|");

export function compareShapes(expected: SchemaShape, live: SchemaShape): string[] {
  const out: string[] = [];

  for (const [table, columns] of expected.tables) {
    const liveColumns = live.tables.get(table);
    if (!liveColumns) {
      out.push(`table ${q(table)} is in schema.prisma but not in the database`);
      continue;
    }
    for (const [name, want] of columns) {
      const got = liveColumns.get(name);
      const col = `column ${q(table)}.${q(name)}`;
      if (!got) {
        out.push(`${col} is in schema.prisma but not in the database`);
        continue;
      }
      if (got.type !== want.type) out.push(`${col}: type is ${got.type} in the database, schema.prisma expects ${want.type}`);
      if (want.nullable !== undefined && got.nullable !== want.nullable) {
        out.push(`${col}: ${nullability(got.nullable)} in the database, schema.prisma expects ${nullability(want.nullable)}`);
      }
    }
    for (const name of liveColumns.keys()) {
      if (!columns.has(name)) out.push(`column ${q(table)}.${q(name)} is in the database but not in schema.prisma`);
    }
  }
  for (const table of live.tables.keys()) {
    if (!expected.tables.has(table)) out.push(`table ${q(table)} is in the database but not in schema.prisma`);
  }

  for (const [name, values] of expected.enums) {
    const got = live.enums.get(name);
    if (!got) out.push(`enum ${q(name)} is in schema.prisma but not in the database`);
    else if (got.join(",") !== values.join(",")) {
      out.push(`enum ${q(name)}: values are (${got.join(", ")}) in the database, schema.prisma expects (${values.join(", ")})`);
    }
  }
  for (const name of live.enums.keys()) {
    if (!expected.enums.has(name)) out.push(`enum ${q(name)} is in the database but not in schema.prisma`);
  }

  // Objects of a table reported missing or unexpected above would only repeat that line.
  const bothHave = (table: string) => expected.tables.has(table) && live.tables.has(table);

  const ix = match(expected.indexes.filter((i) => bothHave(i.table)), live.indexes.filter((i) => bothHave(i.table)), indexKey);
  for (const i of ix.missing) out.push(`${describeIndex(i)} is in schema.prisma but not in the database`);
  for (const i of ix.extra) out.push(`${describeIndex(i)} (${q(i.name!)}, ${i.method}) is in the database but not in schema.prisma`);
  for (const [want, got] of ix.pairs) {
    if (want.name !== null && want.name !== got.name) out.push(`${describeIndex(want)} is named ${q(got.name!)}, schema.prisma expects ${q(want.name)}`);
  }

  const fk = match(expected.foreignKeys.filter((f) => bothHave(f.table)), live.foreignKeys.filter((f) => bothHave(f.table)), fkKey);
  for (const f of fk.missing) out.push(`${describeFk(f)} is in schema.prisma but not in the database`);
  for (const f of fk.extra) out.push(`${describeFk(f)} is in the database but not in schema.prisma`);
  for (const [want, got] of fk.pairs) {
    if (want.onDelete !== got.onDelete) out.push(`${describeFk(want)}: ON DELETE ${got.onDelete} in the database, schema.prisma expects ${want.onDelete}`);
    if (want.onUpdate !== got.onUpdate) out.push(`${describeFk(want)}: ON UPDATE ${got.onUpdate} in the database, schema.prisma expects ${want.onUpdate}`);
  }

  return out;
}
