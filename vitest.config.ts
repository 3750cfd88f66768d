import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests are pure; integration tests run against a real PostgreSQL whose throwaway database
// `scripts/with-test-db.ts` creates and passes in DATABASE_URL.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // Next.js guards: outside Next they only need to exist.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension; bundling it through Vite resolves that.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", setupFiles: ["tests/support/unit-setup.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/integration-setup.ts"],
          // One database for the run: files run one after another so they can reset tables safely.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
