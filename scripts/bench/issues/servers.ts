// The two servers under test, each in its own process so neither shares an event loop with the load
// generator: the built portal (`next start`) and the plain node:http + pg baseline. Both are stopped
// by the shutdown hooks, also on Ctrl-C.
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../pg/embedded";
import { REPO_ROOT, spawnManaged } from "../../pg/lifecycle";
import { request } from "./load-gen";

export interface Running {
  base: string;
  port: number;
  pid: number;
  stop: () => Promise<void>;
}

async function waitFor(url: string, child: { exitCode: number | null }, timeoutMs: number, log: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering; see ${log}`);
    try {
      if ((await request(undefined, { url })).status === 200) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s; see ${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv, health: (base: string) => string, logFile: string, port: number): Promise<Running> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, "w");
  const { child, done } = spawnManaged(process.execPath, args, { env, stdio: ["ignore", fd, fd], name });
  fs.closeSync(fd);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000);
    await done.catch(() => {});
    clearTimeout(timer);
  };
  return waitFor(health(base), child, 90_000, logFile).then(
    () => ({ base, port, pid: child.pid!, stop }),
    async (err) => {
      await stop();
      throw err;
    },
  );
}

/** `next start` of the build in this checkout, against `databaseUrl`. Background jobs off unless asked for (see the README). */
export async function startPortal(databaseUrl: string, authSecret: string, logFile: string, jobs: boolean): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    PORTAL_MODE: "demo",
    JOBS_ENABLED: jobs ? "true" : "false",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  return start("next start", [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], env, (b) => `${b}/api/health`, logFile, port);
}

export async function startBaseline(databaseUrl: string, logFile: string): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, BASELINE_PORT: String(port), NODE_ENV: "production" };
  return start("baseline", ["--import", "tsx", path.join(REPO_ROOT, "scripts", "bench", "issues", "baseline-server.ts")], env, (b) => `${b}/health`, logFile, port);
}

function cookiesOf(headers: Record<string, string | string[] | undefined>): string[] {
  const set = headers["set-cookie"];
  return (Array.isArray(set) ? set : set ? [set] : []).map((c) => c.split(";")[0]!);
}

/** Signs in through Auth.js's credentials endpoint (CSRF token first) and returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await request(undefined, { url: `${base}/api/auth/csrf` });
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` });
  const answer = await request(undefined, {
    method: "POST",
    url: `${base}/api/auth/callback/credentials`,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf.headers).join("; ") },
    body: form.toString(),
  });
  const session = cookiesOf(answer.headers).filter((c) => /^(__Secure-)?authjs\.session-token/.test(c));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (HTTP ${answer.status}, location ${answer.headers.location ?? "-"})`);
  return session.join("; ");
}
