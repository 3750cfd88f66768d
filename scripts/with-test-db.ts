// tsx scripts/with-test-db.ts [--e2e] [--keep] <command...>
//
// Runs a command against a throwaway, migrated database:
//   database server (embedded unless DATABASE_URL; its database part is only used to connect)
//   → CREATE DATABASE erp_test_<hex> → migrations → (--e2e) demo data and a fresh Next build
//   → <command> with DATABASE_URL=<that database> (--e2e also AUTH_SECRET, PORTAL_MODE=demo,
//   AUTH_TRUST_HOST=true) → drop the database (also on Ctrl-C) → stop an embedded server we started.
// The exit status is the command's. --keep leaves the database for inspection.
// Test databases orphaned by a SIGKILLed run of this host are dropped at the next run.
import { randomBytes } from "node:crypto";
import { applyMigrations } from "./db/migrate";
import { ensureBuild } from "./build-stamp";
import { ensureDatabaseServer } from "./pg/embedded";
import { createDatabaseIfMissing, dropDatabase, dropOrphanedTestDatabases, loadSeed, testDatabaseComment } from "./pg/databases";
import { exitCodeOf, formatSeconds, main, onShutdown, pathWithLocalBin, run } from "./pg/lifecycle";

const PREFIX = "erp_test_";
const E2E_AUTH_SECRET = "with-test-db-e2e-auth-secret-not-for-production-use";
const say = (m: string) => console.log(`[test-db] ${m}`);

main(async () => {
  const argv = process.argv.slice(2);
  let e2e = false;
  let keep = false;
  while (argv[0]?.startsWith("--")) {
    const flag = argv.shift()!;
    if (flag === "--e2e") e2e = true;
    else if (flag === "--keep") keep = true;
    else if (flag === "--") break;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!argv.length) throw new Error("usage: tsx scripts/with-test-db.ts [--e2e] [--keep] <command> [args...]");

  const t0 = Date.now();
  const server = await ensureDatabaseServer({ log: say });
  await dropOrphanedTestDatabases(server.url, PREFIX, say).catch((err) => say(`warning: could not clean up old test databases: ${(err as Error).message}`));

  const name = `${PREFIX}${randomBytes(6).toString("hex")}`;
  const url = server.urlFor(name);
  await createDatabaseIfMissing(url, testDatabaseComment());
  if (!keep) onShutdown(`drop ${name}`, () => dropDatabase(server.url, name).then(() => say(`dropped ${name}`)));
  await applyMigrations(url);

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PATH: pathWithLocalBin() };
  if (e2e) {
    const seed = await loadSeed(say);
    if (seed) await seed(url);
    env.AUTH_SECRET = process.env.AUTH_SECRET && process.env.AUTH_SECRET.length >= 32 ? process.env.AUTH_SECRET : E2E_AUTH_SECRET;
    env.PORTAL_MODE = "demo";
    env.AUTH_TRUST_HOST = "true";
    env.NEXT_TELEMETRY_DISABLED = "1";
    await ensureBuild({ env: { ...env, DATABASE_URL: url } });
  }
  say(`database ${name} ready (${e2e ? "migrated + demo data" : "migrated"}) in ${formatSeconds(Date.now() - t0)}; running: ${argv.join(" ")}`);

  const [cmd, ...args] = argv;
  const result = await run(cmd!, args, { env, name: cmd, shell: process.platform === "win32" });
  if (keep) say(`kept database ${name}: ${url.replace(/:[^:@/]+@/, ":***@")}`);
  return exitCodeOf(result);
});
