// "Is .next a build of the current sources?" — shared by scripts/start.ts, scripts/test-all.ts and
// scripts/with-test-db.ts --e2e. A content hash of the build inputs is stamped into .next after a
// successful `next build`; the build is fresh when the stamp matches and .next/BUILD_ID exists.
// Content (not mtimes) is hashed, so a fresh clone of a built tree is not rebuilt needlessly.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, formatSeconds, main, run } from "./pg/lifecycle";

/** Files and folders (relative to the repo) whose content goes into the build. */
export const BUILD_INPUTS = [
  "src",
  "public",
  "messages",
  "i18n",
  "prisma/schema.prisma",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "postcss.config.js",
  "tailwind.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "middleware.ts",
  "proxy.ts",
  "instrumentation.ts",
  ".env",
  ".env.production",
  ".env.local",
  ".env.production.local",
];

/** Not build inputs even inside src/: tests and editor litter. */
const IGNORED = /(^|\/)(__tests__|node_modules|\.DS_Store)(\/|$)|\.(test|spec)\.[cm]?[jt]sx?$|~$|\.sw[po]$/;
/** Next itself may rewrite these during a build; a change there alone keeps the build fresh. */
const NEXT_MANAGED = new Set(["tsconfig.json"]);

const STAMP_FILE = ".erp-build-stamp.json";

function walk(root: string, rel: string, out: string[]) {
  const abs = path.join(root, rel);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return;
  }
  if (IGNORED.test(rel)) return;
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(abs).sort()) walk(root, path.posix.join(rel, name), out);
  } else if (st.isFile()) out.push(rel);
}

/** Per-file sha256 of every build input. */
export function buildInputDigests(root = REPO_ROOT): Map<string, string> {
  const files: string[] = [];
  for (const entry of BUILD_INPUTS) walk(root, entry, files);
  const digests = new Map<string, string>();
  for (const f of files) digests.set(f, createHash("sha256").update(fs.readFileSync(path.join(root, f))).digest("hex"));
  return digests;
}

/** One hash over the inputs, the Node major version and NEXT_PUBLIC_* variables (inlined at build time). */
export function buildHash(digests = buildInputDigests(), env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash("sha256");
  h.update(`node ${process.versions.node.split(".")[0]}\n`);
  for (const [k, v] of Object.entries(env).filter(([k]) => k.startsWith("NEXT_PUBLIC_")).sort()) h.update(`env ${k}=${v}\n`);
  for (const [f, d] of [...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${f} ${d}\n`);
  return h.digest("hex");
}

export interface BuildStatus {
  fresh: boolean;
  hash: string;
  reason: string;
}

export function buildStatus(root = REPO_ROOT): BuildStatus {
  const hash = buildHash(buildInputDigests(root));
  const nextDir = path.join(root, ".next");
  if (!fs.existsSync(path.join(nextDir, "BUILD_ID"))) return { fresh: false, hash, reason: "no build yet" };
  let stamp: { hash?: string } = {};
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(nextDir, STAMP_FILE), "utf8"));
  } catch {
    return { fresh: false, hash, reason: "the build has no stamp" };
  }
  return stamp.hash === hash ? { fresh: true, hash, reason: "up to date" } : { fresh: false, hash, reason: "sources changed since the last build" };
}

/**
 * Runs `next build` unless .next is fresh. The stamp is written only after a successful build;
 * it is removed first, so an interrupted build is never taken for a good one.
 */
export async function ensureBuild(
  options: { env?: NodeJS.ProcessEnv; log?: (m: string) => void; root?: string; force?: boolean } = {},
): Promise<{ built: boolean; ms: number }> {
  const root = options.root ?? REPO_ROOT;
  const log = options.log ?? ((m: string) => console.log(`[build] ${m}`));
  const t0 = Date.now();
  const before = buildInputDigests(root);
  const status = buildStatus(root);
  if (status.fresh && !options.force) {
    log(`Next build is up to date (${formatSeconds(Date.now() - t0)} to check)`);
    return { built: false, ms: Date.now() - t0 };
  }
  log(`building the app (${options.force ? "forced" : status.reason}): next build`);
  fs.rmSync(path.join(root, ".next", STAMP_FILE), { force: true });
  const r = await run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...(options.env ?? process.env), NODE_ENV: "production" },
    name: "next build",
  });
  if (r.code !== 0 || r.signal) throw new Error(`next build failed (${r.signal ?? `exit ${r.code}`})`);
  const after = buildInputDigests(root);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
  // Next may touch tsconfig.json itself; anything else changing during the build means the build
  // may be older than the sources, so stamp the pre-build hash and let the next run rebuild.
  const stampHash = changed.every((f) => NEXT_MANAGED.has(f)) ? buildHash(after) : status.hash;
  if (changed.length) log(`changed during the build: ${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", ..." : ""}`);
  fs.writeFileSync(path.join(root, ".next", STAMP_FILE), `${JSON.stringify({ hash: stampHash, builtAt: new Date().toISOString(), ms: Date.now() - t0 }, null, 2)}\n`);
  log(`build done in ${formatSeconds(Date.now() - t0)}`);
  return { built: true, ms: Date.now() - t0 };
}

// `npm run build` = `tsx scripts/build-stamp.ts --force`: a plain `next build` leaves no stamp, so
// the next `npm start` would build again. Without --force it builds only when stale.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(async () => {
    const args = process.argv.slice(2);
    const unknown = args.filter((a) => a !== "--force");
    if (unknown.length) throw new Error(`unknown argument(s) ${unknown.join(" ")} (usage: tsx scripts/build-stamp.ts [--force])`);
    await ensureBuild({ force: args.includes("--force") });
  });
}
