import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ErpModule, IssuePriority } from "@/generated/prisma/enums";
import { db } from "@/server/db";

// The backlog at the end of a day is a sum over all history (Σ filed − Σ resolved up to that day), the
// one figure a date range's rows cannot give. Such cumulative sums are kept per process until the
// rollup changes: the version is the last value of IssueStatDirty's id sequence, which moves with every
// mark the trigger writes and once more after every refresh has committed (issue-stats.ts,
// bumpStatsVersion). A view reads the version (one tiny query) and reuses the sums while it holds.

export interface BacklogCell {
  priority: IssuePriority;
  module: ErpModule;
  count: number;
}

const MAX_ENTRIES = 500;
const holder = globalThis as unknown as { __metricsBacklog?: { version: string; entries: Map<string, Promise<BacklogCell[]>> } };
const cache = (holder.__metricsBacklog ??= { version: "", entries: new Map() });

async function statsVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ v: string }[]>`SELECT last_value::text AS v FROM "IssueStatDirty_id_seq"`;
  return row!.v;
}

function departmentFilter(departmentId?: string | null): Prisma.Sql {
  return departmentId ? Prisma.sql`AND s."departmentId" = ${departmentId}::uuid` : Prisma.empty;
}

/** Open issues at the end of `throughDay` by priority × module (cells may be 0), all departments or one. */
export async function backlogCells(throughDay: string, departmentId?: string | null): Promise<BacklogCell[]> {
  const version = await statsVersion();
  if (cache.version !== version || cache.entries.size >= MAX_ENTRIES) {
    cache.version = version;
    cache.entries.clear();
  }
  const key = `${departmentId ?? "*"}|${throughDay}`;
  let entry = cache.entries.get(key);
  if (!entry) {
    entry = db.$queryRaw<BacklogCell[]>`
      SELECT s.priority::text AS priority, s.module::text AS module, sum(s.created - s.resolved)::int AS count
      FROM "IssueDailyStat" s
      WHERE s.day <= ${throughDay}::date ${departmentFilter(departmentId)}
      GROUP BY 1, 2`;
    cache.entries.set(key, entry);
    // A failed read is not remembered.
    entry.catch(() => cache.entries.get(key) === entry && cache.entries.delete(key));
  }
  return entry;
}

export function total(cells: readonly BacklogCell[]): number {
  return cells.reduce((s, c) => s + c.count, 0);
}
