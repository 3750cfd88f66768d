// Benchmarks call the app's server modules directly. src/server/* imports "server-only", which throws
// outside Next's server bundles: this loader hook answers it with an empty module. Call it before the
// first (dynamic) import of app code.
import { register } from "node:module";

export function allowServerOnlyImports(): void {
  register(
    `data:text/javascript,${encodeURIComponent(
      `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(s, c); }`,
    )}`,
  );
}
