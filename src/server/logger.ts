import "server-only";
import pino, { type Logger } from "pino";
import { env } from "./env";

// Structured JSON logs on stdout; a request id ties lines of one request together. Created on first
// use so that `next build` does not need the runtime environment.
let instance: Logger | undefined;
export function logger(): Logger {
  instance ??= pino({
    level: env().LOG_LEVEL,
    base: { app: "erp-portal" },
    redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
  });
  return instance;
}
