import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

const DB = "postgresql://postgres@127.0.0.1:5432/erp";

describe("environment configuration", () => {
  it("starts in demo mode with sensible defaults", () => {
    expect(parseEnv({ DATABASE_URL: DB })).toMatchObject({ PORTAL_MODE: "demo", LOG_LEVEL: "info", PORTAL_TIME_ZONE: "Asia/Shanghai", LOGIN_MAX_FAILURES_PER_ACCOUNT: 5 });
  });

  it("refuses production mode without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: DB, PORTAL_MODE: "production" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ DATABASE_URL: DB, PORTAL_MODE: "production", AUTH_SECRET: "x".repeat(32) }).PORTAL_MODE).toBe("production");
  });

  it("lists every bad variable at once", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url", LOG_LEVEL: "loud", AUTH_SECRET: "short" })).toThrow(/DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*LOG_LEVEL|DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*AUTH_SECRET/);
  });
});
