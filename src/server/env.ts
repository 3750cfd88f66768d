import "server-only";
import { z } from "zod";

// The only reader of process.env in the app. Every variable is documented in .env.example.
const EnvSchema = z
  .object({
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    PORTAL_MODE: z.enum(["demo", "production"]).default("demo"),
    AUTH_SECRET: z.string().min(32).optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    PORTAL_TIME_ZONE: z.string().default("Asia/Shanghai"),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
    LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
    // Background jobs (SLA escalation sweep, outbox delivery) on pg-boss; every instance may run them.
    JOBS_ENABLED: z.enum(["true", "false", "1", "0"], { message: "JOBS_ENABLED must be true or false" }).default("true").transform((v) => v === "true" || v === "1"),
    // Outgoing e-mail: either one SMTP_URL (smtp:// or smtps://user:pass@host:port) or host and parts.
    SMTP_URL: z.string().regex(/^smtps?:\/\//, { message: "SMTP_URL must start with smtp:// or smtps://" }).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_USER: z.string().optional(),
    SMTP_PASS: z.string().optional(),
    SMTP_FROM: z.string().min(3).optional(),
    /** The portal's public address, for links in e-mails and chat messages. */
    PORTAL_URL: z.string().url({ message: "PORTAL_URL must be an http(s):// URL" }).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.PORTAL_MODE === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET (32+ characters) is required in production mode" });
    }
    if ((env.SMTP_URL || env.SMTP_HOST) && !env.SMTP_FROM) {
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "SMTP_FROM (the sender address) is required when SMTP is configured" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** Validates a set of variables; throws one message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
