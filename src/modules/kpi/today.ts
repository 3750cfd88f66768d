import "server-only";
import { calendarToday } from "@/lib/calendar-day";
import { env } from "@/server/env";
import { toDay } from "./logic";

/** Today's local day ("YYYY-MM-DD") in the portal's time zone. */
export function portalToday(): string {
  return toDay(calendarToday(env().PORTAL_TIME_ZONE));
}
