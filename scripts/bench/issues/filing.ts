// Part (b): concurrent clients filing issues through POST /api/issues with their own API tokens, then
// a check in the database that every issue the API acknowledged (201) is there, with the title and
// reporter it was filed with. Any answer other than 201 counts as an error.
import pg from "pg";
import type { ErpModule } from "../../../src/generated/prisma/enums";
import { prng } from "../../../prisma/seed/random";
import { request, runLoad, type Stats } from "./load-gen";
import { issueDescription, issueTitle } from "./texts";

export interface Filer {
  token: string;
  userId: string;
  email: string;
}

interface Acknowledged {
  id: string;
  number: number;
  title: string;
  userId: string;
}

export interface FilingResult extends Stats {
  acknowledged: number;
  stored: number;
  missing: number;
  wrong: number;
  /** A few answers that were not 201, to show what went wrong. */
  samples: string[];
}

const MODULES: ErpModule[] = ["SALES", "PURCHASING", "WAREHOUSE", "PRODUCTION", "ENGINEERING", "FINANCE", "HR", "QUALITY", "SYSTEM"];
const TYPES = ["QUESTION", "DEFECT", "DATA", "CHANGE_REQUEST", "ACCESS"] as const;
const IMPACTS = ["BLOCKING", "DEGRADED", "MINOR"] as const;
const URGENCIES = ["HIGH", "MEDIUM", "LOW"] as const;

/** Latency and throughput leave out the first `warmupSeconds`; errors and the check cover every request. */
export async function runFiling(base: string, databaseUrl: string, filers: Filer[], seconds: number, warmupSeconds: number): Promise<FilingResult> {
  const acknowledged: Acknowledged[] = [];
  const samples: string[] = [];
  const run = Date.now().toString(36);
  const stats = await runLoad({
    users: filers.length,
    seconds,
    warmupSeconds,
    send: async (agent, vu, i) => {
      const filer = filers[vu]!;
      const r = prng(vu * 100_003 + i);
      const module = r.pick(MODULES);
      const n = vu * 1_000_000 + i;
      // The tag makes each title unique, so the check below can tell the issues apart.
      const title = `${issueTitle(module, r.pick, n)}（${run}-${vu}-${i}）`;
      const body: Record<string, string> = { title, description: issueDescription(r.pick, n), module, type: r.pick(TYPES), impact: r.pick(IMPACTS) };
      if (r.next() < 0.8) body.urgency = r.pick(URGENCIES);
      const answer = await request(agent, {
        method: "POST",
        url: `${base}/api/issues`,
        headers: { authorization: `Bearer ${filer.token}`, "content-type": "application/json", "accept-language": "zh-CN" },
        body: JSON.stringify(body),
      });
      if (answer.status !== 201) {
        if (samples.length < 5) samples.push(`HTTP ${answer.status}: ${answer.body.toString().slice(0, 200)}`);
        return false;
      }
      const json = JSON.parse(answer.body.toString()) as { id?: string; number?: number; key?: string };
      if (!json.id || !json.number || json.key !== `ISS-${json.number}`) {
        if (samples.length < 5) samples.push(`201 without id/number/key: ${answer.body.toString().slice(0, 200)}`);
        return false;
      }
      acknowledged.push({ id: json.id, number: json.number, title, userId: filer.userId });
      return true;
    },
  });

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; number: number; title: string; reporterId: string; source: string }>(
      `SELECT id, number, title, "reporterId", source::text FROM "Issue" WHERE id = ANY($1::uuid[])`,
      [acknowledged.map((a) => a.id)],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    let missing = 0;
    let wrong = 0;
    for (const a of acknowledged) {
      const row = found.get(a.id);
      if (!row) missing++;
      else if (row.title !== a.title || row.number !== a.number || row.reporterId !== a.userId || row.source !== "API") wrong++;
    }
    return { ...stats, acknowledged: acknowledged.length, stored: acknowledged.length - missing - wrong, missing, wrong, samples };
  } finally {
    await client.end();
  }
}
