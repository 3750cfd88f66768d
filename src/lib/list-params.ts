import { z } from "zod";

export const PAGE_SIZES = [20, 50, 100] as const;

export interface ListParams<S extends string> {
  q: string;
  page: number;
  pageSize: number;
  sort: S;
  dir: "asc" | "desc";
}

type RawSearchParams = Record<string, string | string[] | undefined>;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads ?q=&page=&size=&sort=&dir= with a whitelist of sortable columns; bad values fall back to defaults. */
export function parseListParams<S extends string>(raw: RawSearchParams, sortable: readonly [S, ...S[]], defaultSort: S, defaultDir: "asc" | "desc" = "asc"): ListParams<S> {
  const schema = z.object({
    q: z.string().trim().max(200).catch(""),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    size: z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as never)).catch(20 as never),
    sort: z.enum(sortable).catch(defaultSort),
    dir: z.enum(["asc", "desc"]).catch(defaultDir),
  });
  const parsed = schema.parse({
    q: first(raw.q) ?? "",
    page: first(raw.page) ?? 1,
    size: first(raw.size) ?? 20,
    sort: first(raw.sort) ?? defaultSort,
    dir: first(raw.dir) ?? defaultDir,
  });
  return { q: parsed.q, page: parsed.page, pageSize: parsed.size as number, sort: parsed.sort as S, dir: parsed.dir };
}

/** A URL parameter that must be a record id: the id, or undefined for anything else. */
export function optionalId(value: string | string[] | undefined): string | undefined {
  const v = first(value);
  return v && z.uuid().safeParse(v).success ? v : undefined;
}

/** The same query string with some keys replaced (undefined removes a key). */
export function withParams(current: RawSearchParams, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    const value = first(v);
    if (value !== undefined && value !== "") params.set(k, value);
  }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === "") params.delete(k);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
