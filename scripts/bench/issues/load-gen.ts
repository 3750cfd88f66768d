// An in-process load generator: N virtual users, each on its own keep-alive connection, sending one
// request after the other for a fixed time. Latency is measured at the client (from sending the
// request to the last byte of the answer), so it includes everything a browser would wait for.
import http from "node:http";

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export function request(agent: http.Agent | undefined, req: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const r = http.request(req.url, { method: req.method ?? "GET", headers: req.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    r.on("error", reject);
    r.setTimeout(60_000, () => r.destroy(new Error("no answer within 60 s")));
    r.end(req.body);
  });
}

export interface Stats {
  /** Answered inside the measured window: what latency and throughput are computed from. */
  requests: number;
  /** Every request sent, warm-up and the last ones still under way at the end included. */
  sent: number;
  /** Failed or unexpected answers among all sent: any counts. */
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** All answers by outcome ("ok", "unexpected", "error: …"), to say what went wrong. */
  statuses: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LoadOptions {
  users: number;
  seconds: number;
  /** Requests in the first `warmupSeconds` are sent but not counted (JIT, pools, caches). */
  warmupSeconds: number;
  /** One request of virtual user `vu`, its `i`-th; true when the answer is what was expected. */
  send: (agent: http.Agent, vu: number, i: number) => Promise<boolean>;
}

/**
 * Runs the users for warm-up + measured time. Latency and throughput count the requests sent and
 * answered inside the measured window; errors count every request.
 */
export async function runLoad(o: LoadOptions): Promise<Stats> {
  const agents = Array.from({ length: o.users }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const start = performance.now();
  const measureFrom = start + o.warmupSeconds * 1000;
  const end = measureFrom + o.seconds * 1000;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  await Promise.all(
    agents.map(async (agent, vu) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        let ok: boolean;
        let key: string;
        try {
          ok = await o.send(agent, vu, i);
          key = ok ? "ok" : "unexpected";
        } catch (err) {
          ok = false;
          key = `error: ${(err as Error).message.slice(0, 60)}`;
        }
        const t1 = performance.now();
        sent++;
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (!ok) errors++;
        if (t0 >= measureFrom && t1 <= end) latencies.push(t1 - t0);
      }
    }),
  );
  for (const a of agents) a.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    sent,
    errors,
    seconds: o.seconds,
    perSecond: latencies.length / o.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    statuses,
  };
}
