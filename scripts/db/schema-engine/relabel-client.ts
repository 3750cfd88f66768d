// A pg.Client that relabels catalog-only column types before @prisma/adapter-pg sees them.
//
// The schema engine introspects pg_catalog, whose columns include the internal one-byte type "char"
// (pg_class.relkind, pg_constraint.confdeltype, ...) and arrays of "char" / name. adapter-pg maps
// result columns to Prisma column types by type OID and rejects "char" ("Column type 'char' could not be
// deserialized"), and has no mapping for name[]. All of them are plain text to the engine, so we parse
// them as text / text[] and report them as such.
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
/** OID -> the OID we report instead. */
const RELABEL: Record<number, number> = {
  18: TEXT, // "char"
  19: TEXT, // name (adapter-pg accepts it, listed for completeness)
  1002: TEXT_ARRAY, // "char"[]
  1003: TEXT_ARRAY, // name[]
};

type TypeParser = (value: string) => unknown;
interface QueryTypes {
  getTypeParser: (oid: number, format?: string) => TypeParser;
}

// pg's typings only list scalar type ids, hence the cast.
const builtinTypes = pg.types as unknown as QueryTypes;

/** Makes the row parser treat relabelled types like the type they are reported as. */
function wrapTypes(types: QueryTypes | undefined): QueryTypes {
  const inner = types ?? builtinTypes;
  return {
    getTypeParser(oid, format) {
      const target = RELABEL[oid];
      if (target === undefined) return inner.getTypeParser(oid, format);
      return target === TEXT ? (v: string) => v : builtinTypes.getTypeParser(TEXT_ARRAY, "text");
    },
  };
}

function relabelResult<T>(result: T): T {
  // A multi-statement simple query yields an array of results.
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      const target = RELABEL[field.dataTypeID];
      if (target !== undefined) field.dataTypeID = target;
    }
  }
  return result;
}

export class RelabelingClient extends pg.Client {
  // pg's query() has many overloads (text | config | Submittable, with/without values and callback).
  // We only touch plain config objects and plain results; everything else passes through unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [first] = args;
    if (first && typeof first === "object" && typeof first.submit !== "function") {
      args[0] = { ...first, types: wrapTypes(first.types) };
    }
    const cbIndex = args.findIndex((a) => typeof a === "function");
    if (cbIndex >= 0) {
      const cb = args[cbIndex] as (err: Error | null, res: unknown) => void;
      args[cbIndex] = (err: Error | null, res: unknown) => cb(err, err ? res : relabelResult(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    return ret instanceof Promise ? ret.then(relabelResult) : ret;
  }
}
