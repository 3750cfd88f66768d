import { z } from "zod";
import { ZOOMS, type GanttFilter } from "./model";

type RawSearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** ?phase=&critical=1&zoom=week from the filter form (GET, so views can be bookmarked); bad values fall back. */
export function parseGanttFilter(raw: RawSearchParams): GanttFilter {
  return {
    phase: z.string().trim().min(1).max(10).nullable().catch(null).parse(first(raw.phase) ?? null),
    criticalOnly: first(raw.critical) === "1",
    zoom: z.enum(ZOOMS).catch("week").parse(first(raw.zoom)),
  };
}
