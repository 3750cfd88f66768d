// Integration tests need the database `scripts/with-test-db.ts` prepared; fail loudly otherwise.
if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: run integration tests with `npm run test:integration`.");
}
process.env.PORTAL_MODE ??= "demo";
process.env.LOG_LEVEL ??= "silent";
