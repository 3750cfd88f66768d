import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

const DB = "postgresql://postgres@127.0.0.1:5432/erp";

describe("notification settings", () => {
  it("run background jobs by default, and can turn them off", () => {
    expect(parseEnv({ DATABASE_URL: DB }).JOBS_ENABLED).toBe(true);
    expect(parseEnv({ DATABASE_URL: DB, JOBS_ENABLED: "false" }).JOBS_ENABLED).toBe(false);
    expect(() => parseEnv({ DATABASE_URL: DB, JOBS_ENABLED: "maybe" })).toThrow(/JOBS_ENABLED/);
  });

  it("need a sender address once SMTP is set", () => {
    expect(() => parseEnv({ DATABASE_URL: DB, SMTP_HOST: "smtp.example.com" })).toThrow(/SMTP_FROM/);
    expect(() => parseEnv({ DATABASE_URL: DB, SMTP_URL: "smtp://u:p@smtp.example.com:587" })).toThrow(/SMTP_FROM/);
    expect(parseEnv({ DATABASE_URL: DB, SMTP_HOST: "smtp.example.com", SMTP_FROM: "erp@example.com" })).toMatchObject({ SMTP_PORT: 587, SMTP_FROM: "erp@example.com" });
    expect(() => parseEnv({ DATABASE_URL: DB, SMTP_URL: "http://smtp.example.com", SMTP_FROM: "erp@example.com" })).toThrow(/SMTP_URL/);
  });
});

describe("SMTP settings", () => {
  it("read one URL, with an encoded password and TLS for smtps", async () => {
    const { smtpSettings } = await import("@/modules/notifications/mailer");
    const from = "ERP <erp@example.com>";
    expect(smtpSettings(parseEnv({ DATABASE_URL: DB }))).toBeNull();
    expect(smtpSettings(parseEnv({ DATABASE_URL: DB, SMTP_URL: "smtps://erp%40example.com:p%40ss%2Fw@smtp.example.com", SMTP_FROM: from }))).toEqual({
      host: "smtp.example.com", port: 465, secure: true, user: "erp@example.com", pass: "p@ss/w", from,
    });
    expect(smtpSettings(parseEnv({ DATABASE_URL: DB, SMTP_HOST: "mail.local", SMTP_PORT: "25", SMTP_FROM: from }))).toEqual({
      host: "mail.local", port: 25, secure: false, user: undefined, pass: undefined, from,
    });
  });
});
