import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Migrations are applied by
// scripts/db/migrate.ts (Prisma's native schema engine cannot be downloaded offline), but the
// layout stays Prisma's so `prisma migrate deploy` works wherever the engine can be had.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/erp_portal" },
});
