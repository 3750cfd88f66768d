import { env } from "@/server/env";

/** An absolute address for a portal path when PORTAL_URL is set (e-mails, chat), else the path itself. */
export function absoluteLink(path: string): string {
  const base = env().PORTAL_URL;
  return base ? new URL(path, base.endsWith("/") ? base : `${base}/`).toString() : path;
}

/** Only paths inside the portal are stored as links: a notification must never send anyone elsewhere. */
export function safeLocalPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.includes("\\")) return null;
  return link.slice(0, 300);
}
