// The yardstick for the issue list: a plain node:http server with a pg Pool of 10 connections that
// answers GET /issues?page=&q=&size= with the rows the portal's "all issues" queue shows (the
// support desk sees every issue, newest number first), in one joined query for the rows plus the
// count, run side by side like the page runs them, and a minimal HTML table of the same columns.
// No framework, no session, no React: what the same rows cost at the least.
//   DATABASE_URL=… BASELINE_PORT=… node --import tsx scripts/bench/issues/baseline-server.ts
import http from "node:http";
import pg from "pg";
import { listQueries } from "./sql";

const url = process.env.DATABASE_URL;
const port = Number(process.env.BASELINE_PORT);
if (!url || !port) throw new Error("DATABASE_URL and BASELINE_PORT are required");
const pool = new pg.Pool({ connectionString: url, max: 10 });

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const date = new Intl.DateTimeFormat("zh-CN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" });

type Row = Record<string, string | number | Date | null>;

function sla(r: Row): string {
  if (r.resolvedAt) return "已解决";
  if (r.slaPausedAt) return "已暂停";
  const due = (r.firstRespondedAt ? r.resolutionDueAt : r.firstResponseDueAt) as Date | null;
  if (!due) return "";
  return due.getTime() < Date.now() ? `已超时 ${date.format(due)}` : `截止 ${date.format(due)}`;
}

function page(rows: Row[], total: number): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>ISS-${r.number}</td><td><a href="/issues/${r.id}">${escape(String(r.title))}</a><div>${escape(String(r.department))}</div></td>` +
        `<td>${r.module}</td><td>${r.priority}</td><td>${r.status}</td><td>${escape(String(r.reporter))}</td>` +
        `<td>${escape(String(r.assignee ?? r.group ?? "未分派"))}</td><td>${sla(r)}</td><td>${date.format(r.createdAt as Date)}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>问题</title></head><body><p>共 ${total} 个问题</p><table><thead><tr><th>编号</th><th>标题</th><th>模块</th><th>优先级</th><th>状态</th><th>提交人</th><th>处理人</th><th>SLA</th><th>提交时间</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

async function issues(query: URLSearchParams): Promise<string> {
  const q = listQueries(query);
  const [rows, count] = await Promise.all([pool.query<Row>(q.rows.text, q.rows.values), pool.query<{ n: number }>(q.count.text, q.count.values)]);
  return page(rows.rows, count.rows[0]!.n);
}

http
  .createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://localhost");
    if (u.pathname === "/health") return void res.end("ok");
    if (u.pathname !== "/issues") return void res.writeHead(404).end();
    issues(u.searchParams).then(
      (html) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
      (err: Error) => res.writeHead(500).end(err.message),
    );
  })
  .listen(port, "127.0.0.1", () => console.log(`baseline listening on ${port}`));

for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => void pool.end().finally(() => process.exit(0)));
