// Process lifecycle shared by scripts/start.ts, scripts/with-test-db.ts and scripts/test-all.ts:
// one ordered list of shutdown hooks (run last-registered first), one set of signal handlers, and
// a child-process runner that is stopped before the database it uses.
//
// Ctrl-C in a terminal sends SIGINT to the whole foreground process group (npm, tsx, this script and
// its children); tsx also relays it, so the same signal may arrive twice within milliseconds. Only a
// second signal more than a second after the first forces an immediate exit.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { constants as osConstants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Hook = (signal?: NodeJS.Signals) => unknown | Promise<unknown>;
const hooks: { name: string; fn: Hook }[] = [];
let shuttingDown: Promise<void> | null = null;
let handlersInstalled = false;
let firstSignalAt = 0;
let receivedSignal: NodeJS.Signals | null = null;

function signalExitCode(sig: NodeJS.Signals): number {
  return 128 + (osConstants.signals[sig] ?? 1);
}

/** Registers a cleanup step; returns a function that unregisters it (call it once the step is moot). */
export function onShutdown(name: string, fn: Hook): () => void {
  const entry = { name, fn };
  hooks.push(entry);
  return () => {
    const i = hooks.indexOf(entry);
    if (i >= 0) hooks.splice(i, 1);
  };
}

/** Runs every registered hook once, newest first; errors are printed, never thrown. */
export function runShutdown(signal?: NodeJS.Signals): Promise<void> {
  shuttingDown ??= (async () => {
    while (hooks.length) {
      const { name, fn } = hooks.pop()!;
      try {
        await fn(signal);
      } catch (err) {
        console.error(`[shutdown] ${name}: ${(err as Error).message}`);
      }
    }
  })();
  return shuttingDown;
}

export function isShuttingDown(): boolean {
  return shuttingDown !== null;
}

/** SIGINT/SIGTERM/SIGHUP: run the shutdown hooks, then exit 128+signal. Idempotent. */
export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      const now = Date.now();
      if (firstSignalAt && now - firstSignalAt > 1000) {
        console.error(`\n[shutdown] ${sig} again: exiting without waiting (an embedded database left running is reused next time)`);
        process.exit(signalExitCode(sig));
      }
      if (firstSignalAt) return; // the duplicate relayed by tsx/npm
      firstSignalAt = now;
      receivedSignal = sig;
      void runShutdown(sig).finally(() => process.exit(signalExitCode(sig)));
    });
  }
}

/** Runs `fn`, then the shutdown hooks, then exits with fn's return value (1 on an exception). */
export function main(fn: () => Promise<number | void>): void {
  installSignalHandlers();
  fn().then(
    async (code) => {
      await runShutdown();
      process.exit(receivedSignal ? signalExitCode(receivedSignal) : typeof code === "number" ? code : 0);
    },
    async (err) => {
      if (!receivedSignal) console.error(`\n${err instanceof Error ? (process.env.DEBUG ? err.stack : err.message) : String(err)}`);
      await runShutdown();
      process.exit(receivedSignal ? signalExitCode(receivedSignal) : 1);
    },
  );
}

/** PATH with node_modules/.bin first, like `npm run` gives its scripts. */
export function pathWithLocalBin(env: NodeJS.ProcessEnv = process.env): string {
  return [path.join(REPO_ROOT, "node_modules", ".bin"), env.PATH ?? ""].filter(Boolean).join(path.delimiter);
}

export interface RunResult {
  code: number;
  signal: NodeJS.Signals | null;
}

/** Exit status as a shell would report it. */
export function exitCodeOf(r: RunResult): number {
  return r.signal ? signalExitCode(r.signal) : r.code;
}

/**
 * Spawns a child in this process group (so it keeps the terminal and gets Ctrl-C itself) and
 * registers a shutdown hook that stops it (the received signal, then SIGKILL after `killAfterMs`).
 */
export function spawnManaged(
  command: string,
  args: string[],
  options: SpawnOptions & { killAfterMs?: number; name?: string } = {},
): { child: ChildProcess; done: Promise<RunResult> } {
  const { killAfterMs = 10_000, name = path.basename(command), ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: "inherit", cwd: REPO_ROOT, ...spawnOptions });
  let exited = false;
  const done = new Promise<RunResult>((resolve, reject) => {
    child.once("error", (err) => {
      exited = true;
      unregister();
      reject(new Error(`could not run ${command}: ${err.message}`));
    });
    child.once("exit", (code, signal) => {
      exited = true;
      unregister();
      resolve({ code: code ?? 0, signal });
    });
  });
  const unregister = onShutdown(`stop ${name}`, async (signal) => {
    if (exited) return;
    child.kill(signal === "SIGINT" ? "SIGINT" : "SIGTERM");
    const timer = setTimeout(() => !exited && child.kill("SIGKILL"), killAfterMs);
    await done.catch(() => {});
    clearTimeout(timer);
  });
  return { child, done };
}

/** Runs a command to completion (inheriting stdio); resolves with its exit status. */
export function run(command: string, args: string[], options: SpawnOptions & { name?: string } = {}): Promise<RunResult> {
  return spawnManaged(command, args, options).done;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
