// The summary printed at the end of bench:issues and written to .data/bench/issues.json.
import fs from "node:fs";
import path from "node:path";
import type { EndpointTiming, SqlTiming } from "./explain";
import type { FilingResult } from "./filing";
import type { LoadResult } from "./load";
import type { Stats } from "./load-gen";

export const MIN_RATIO = 0.1;

export interface ListCase {
  name: string;
  query: string;
  total: number;
  portal: Stats;
  baseline: Stats;
  ratio: number;
}

export interface BenchReport {
  at: string;
  issues: number;
  load: LoadResult;
  list: { users: number; seconds: number; warmupSeconds: number; cases: ListCase[]; sql: SqlTiming[]; endpoints: EndpointTiming[]; pass: boolean };
  filing: FilingResult & { clients: number; warmupSeconds: number; pass: boolean };
  setupSeconds: number;
  totalSeconds: number;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "-").padStart(6);
const rps = (v: number) => v.toFixed(1).padStart(7);
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

export function printReport(r: BenchReport): void {
  const lines = [
    "",
    `bench:issues — ${r.issues.toLocaleString("en")} issues, loaded with COPY in ${((r.load.copyMs + r.load.indexMs) / 1000).toFixed(1)} s ` +
      `(${Math.round(r.load.rowsPerSecond).toLocaleString("en")} rows/s: COPY ${(r.load.copyMs / 1000).toFixed(1)} s + trigram indexes ${(r.load.indexMs / 1000).toFixed(1)} s; ` +
      `rows made in ${(r.load.generateMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(r.load.analyzeMs / 1000).toFixed(1)} s)`,
    "",
    `(a) Issue list as the support desk (/issues?view=all…), ${r.list.users} users × ${r.list.seconds} s after ${r.list.warmupSeconds} s warm-up; latency in ms at the client`,
    `    ${"case".padEnd(16)} ${"rows".padStart(7)} │ ${"portal req/s".padStart(12)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"err".padStart(4)} │ ${"baseline req/s".padStart(14)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"err".padStart(4)} │ ratio`,
    ...r.list.cases.map(
      (c) =>
        `    ${c.name.padEnd(16)} ${String(c.total).padStart(7)} │ ${rps(c.portal.perSecond).padStart(12)} ${ms(c.portal.p50)} ${ms(c.portal.p95)} ${ms(c.portal.p99)} ${String(c.portal.errors).padStart(4)} │ ` +
        `${rps(c.baseline.perSecond).padStart(14)} ${ms(c.baseline.p50)} ${ms(c.baseline.p95)} ${String(c.baseline.errors).padStart(4)} │ ${(c.ratio * 100).toFixed(1).padStart(5)} % ${verdict(c.ratio >= MIN_RATIO && c.portal.errors === 0)}`,
    ),
    `    portal throughput ÷ plain node:http + pg throughput, same rows, same run; goal ≥ ${MIN_RATIO * 100} % in every case and no errors → ${verdict(r.list.pass)}`,
    `    where the time goes: SQL alone (one connection, median) ${r.list.sql.map((s) => `${s.name}: rows ${s.rowsMs.toFixed(1)} ms + count ${s.countMs.toFixed(1)} ms`).join("; ")}`,
    `    portal without the page (${r.list.users} users): ${r.list.endpoints.map((e) => `${e.name} ${e.perSecond.toFixed(1)} req/s (p95 ${e.p95.toFixed(0)} ms${e.errors ? `, ${e.errors} errors` : ""})`).join("; ")}; the page itself ${r.list.cases[0]?.portal.perSecond.toFixed(1)} req/s`,
    "",
    `(b) Filing through POST /api/issues, ${r.filing.clients} clients with their own API tokens × ${r.list.seconds} s (latency after ${r.filing.warmupSeconds} s; errors and the check over every request)`,
    `    sent ${r.filing.sent}, acknowledged (201) ${r.filing.acknowledged}, errors ${r.filing.errors}; stored as filed ${r.filing.stored}/${r.filing.acknowledged}` +
      `${r.filing.missing ? `, MISSING ${r.filing.missing}` : ""}${r.filing.wrong ? `, WRONG ${r.filing.wrong}` : ""}`,
    `    ${r.filing.perSecond.toFixed(1)} issues/s; latency p50 ${r.filing.p50.toFixed(0)} ms, p95 ${r.filing.p95.toFixed(0)} ms, p99 ${r.filing.p99.toFixed(0)} ms, max ${r.filing.max.toFixed(0)} ms`,
    ...r.filing.samples.map((s) => `    e.g. ${s}`),
    `    zero errors and every acknowledged issue stored → ${verdict(r.filing.pass)}`,
    "",
    `setup ${r.setupSeconds.toFixed(0)} s, total ${r.totalSeconds.toFixed(0)} s`,
    "",
  ];
  console.log(lines.join("\n"));
}

export function writeReport(root: string, r: BenchReport): string {
  const file = path.join(root, ".data", "bench", "issues.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
