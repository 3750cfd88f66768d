import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/server/env";
import { LOCALE_COOKIE, toLocale } from "./config";
import { MESSAGES } from "./messages";

// The locale lives in a cookie (no locale segment in URLs): links stay stable when users switch language.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: env().PORTAL_TIME_ZONE };
});
