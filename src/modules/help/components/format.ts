import { env } from "@/server/env";

/** A moment as the portal's people read it: date and time in the portal's time zone. */
export function formatMoment(d: Date | null | undefined, locale: string, withTime = false): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: env().PORTAL_TIME_ZONE,
  }).format(d);
}
