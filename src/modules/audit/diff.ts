export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

// Bookkeeping fields every row carries; they say nothing a reader of the log needs.
const NOISE = new Set(["id", "version", "createdAt", "updatedAt"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The fields an audit entry changed: for an update only those whose value differs, for a create
 * or delete every meaningful field on the one side that exists.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, ...(f in b ? { before: b[f] } : {}), ...(f in a ? { after: a[f] } : {}) }));
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
