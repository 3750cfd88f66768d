// The common shape both sides of the drift check are reduced to: what schema.prisma implies
// (expected.ts) and what the database has (live.ts). Names are database names (after @map/@@map).

export interface Column {
  /** PostgreSQL's format_type() spelling ("character varying(254)", "timestamp(3) with time zone"),
   *  or "enum <name>" for enums; "[]" appended for arrays. */
  type: string;
  /** undefined: not checked (Prisma scalar lists). */
  nullable: boolean | undefined;
}

export interface Index {
  table: string;
  kind: "primary key" | "unique index" | "index";
  /** null: the name cannot be known from schema.prisma, so it is not compared. */
  name: string | null;
  /** Column names, " DESC" appended for descending ones. */
  columns: string[];
  /** Access method: btree, hash, gin, ... */
  method: string;
  /** WHERE clause of a partial index (Prisma never creates one). */
  predicate: string | null;
}

export type ReferentialAction = "NO ACTION" | "RESTRICT" | "CASCADE" | "SET NULL" | "SET DEFAULT";

export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface SchemaShape {
  /** table -> column -> definition */
  tables: Map<string, Map<string, Column>>;
  /** enum -> values in declaration order */
  enums: Map<string, string[]>;
  indexes: Index[];
  foreignKeys: ForeignKey[];
}

export const q = (name: string) => `"${name}"`;
export const describeIndex = (i: Index) =>
  `${i.kind} on ${q(i.table)}(${i.columns.map((c) => c.replace(/^(.*?)( DESC)?$/, '"$1"$2')).join(", ")})` +
  (i.predicate ? ` WHERE ${i.predicate}` : "");
export const describeFk = (f: ForeignKey) =>
  `foreign key ${q(f.table)}(${f.columns.map(q).join(", ")}) -> ${q(f.refTable)}(${f.refColumns.map(q).join(", ")})`;
