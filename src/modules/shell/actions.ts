"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/config";
import { signOut } from "@/server/auth";

const ZLocale = z.enum(LOCALES);

/** Switches the interface language; a preference cookie, open to signed-out visitors too. */
export async function switchLanguage(formData: FormData): Promise<void> {
  const locale = ZLocale.safeParse(formData.get("locale"));
  if (!locale.success) return;
  (await cookies()).set(LOCALE_COOKIE, locale.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
