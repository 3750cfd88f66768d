import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, type Env } from "@/server/env";

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://, port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
}

/** The SMTP server from SMTP_URL or SMTP_HOST/PORT/USER/PASS, or null: e-mail is then off. */
export function smtpSettings(e: Env = env()): SmtpSettings | null {
  if (!e.SMTP_FROM) return null;
  if (e.SMTP_URL) {
    const url = new URL(e.SMTP_URL);
    const secure = url.protocol === "smtps:";
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      user: url.username ? decodeURIComponent(url.username) : undefined,
      pass: url.password ? decodeURIComponent(url.password) : undefined,
      from: e.SMTP_FROM,
    };
  }
  if (!e.SMTP_HOST) return null;
  return { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_PORT === 465, user: e.SMTP_USER || undefined, pass: e.SMTP_PASS || undefined, from: e.SMTP_FROM };
}

export function smtpConfigured(): boolean {
  return smtpSettings() !== null;
}

/** What the integrations page shows: everything but the password. */
export function smtpSummary() {
  const s = smtpSettings();
  return s ? { configured: true as const, host: s.host, port: s.port, secure: s.secure, user: s.user ?? null, from: s.from } : { configured: false as const };
}

let cached: { key: string; transport: Transporter } | undefined;

function transport(s: SmtpSettings): Transporter {
  const key = JSON.stringify(s);
  if (cached?.key !== key) {
    cached = {
      key,
      transport: nodemailer.createTransport({
        host: s.host,
        port: s.port,
        secure: s.secure,
        auth: s.user ? { user: s.user, pass: s.pass ?? "" } : undefined,
        // A hung server must not hold the outbox (its row lock and connection) for long.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transport;
}

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const s = smtpSettings();
  if (!s) throw new Error("SMTP is not configured");
  await transport(s).sendMail({ from: s.from, to: message.to, subject: message.subject, text: message.text });
}
