// Loads @prisma/schema-engine-wasm in plain Node. Its entry point does `import * as wasm from "./x.wasm"`,
// which Node 20 cannot import without --experimental-wasm-modules, so we instantiate the .wasm ourselves
// and hand it to the generated JS glue the same way that entry point would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let loaded: EngineModule | undefined;

export async function loadSchemaEngine(): Promise<EngineModule> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  let gluePath: string;
  try {
    gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  } catch {
    throw new Error("@prisma/schema-engine-wasm is not installed (it is a devDependency: run `npm install`).");
  }
  const glue: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  // The wasm imports every glue function from the module name the bundler would have resolved.
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  loaded = glue;
  return glue;
}
