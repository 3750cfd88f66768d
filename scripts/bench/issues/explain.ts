// Where the issue list's time goes, measured in the same run as the ratio: the SQL alone (median of a
// few runs on one connection: is it the count over 100,000 rows?), and the portal's floor and data
// cost on the same server — /api/health (the framework and proxy, one trivial query) and
// GET /api/issues (the same session check and listIssues queries, answered as JSON without React).
import pg from "pg";
import { runLoad, request } from "./load-gen";
import { listQueries } from "./sql";

export interface SqlTiming {
  name: string;
  rowsMs: number;
  countMs: number;
}

export interface EndpointTiming {
  name: string;
  path: string;
  perSecond: number;
  p95: number;
  errors: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(client: pg.Client, sql: { text: string; values: unknown[] }, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await client.query(sql.text, sql.values);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export async function sqlTimings(url: string, cases: { name: string; query: string }[]): Promise<SqlTiming[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: SqlTiming[] = [];
    for (const c of cases) {
      const q = listQueries(new URLSearchParams(c.query));
      out.push({ name: c.name, rowsMs: await timed(client, q.rows, 15), countMs: await timed(client, q.count, 7) });
    }
    return out;
  } finally {
    await client.end();
  }
}

export async function endpointTimings(base: string, cookie: string, users: number, seconds: number, listQuery: string): Promise<EndpointTiming[]> {
  const out: EndpointTiming[] = [];
  for (const [name, path] of [["/api/health", "/api/health"], ["GET /api/issues (JSON)", `/api/issues?${listQuery}`]] as const) {
    const s = await runLoad({ users, seconds, warmupSeconds: 1, send: async (agent) => (await request(agent, { url: base + path, headers: { cookie } })).status === 200 });
    out.push({ name, path, perSecond: s.perSecond, p95: s.p95, errors: s.errors });
  }
  return out;
}
