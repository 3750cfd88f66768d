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
  })
  .superRefine((env, ctx) => {
    if (env.PORTAL_MODE === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET (32+ characters) is required in production mode" });
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
