"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { currentLocale } from "@/i18n/locale";
import { translator } from "@/i18n/messages";
import { signIn } from "@/server/auth";

export interface LoginState {
  error?: string;
  email?: string;
}

const ZLogin = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().optional(),
});

// Only same-site paths: an open redirect after sign-in would hand a phishing page a trusted link.
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/login") ? url : "/";
}

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = translator(await currentLocale());
  const email = String(formData.get("email") ?? "");
  const parsed = ZLogin.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: t("login.errors.missing"), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (err) {
    // A successful sign-in "throws" Next's redirect; only Auth.js errors are failures.
    if (!(err instanceof AuthError)) throw err;
    const code = (err as AuthError & { code?: string }).code ?? "invalid";
    if (code.startsWith("throttled:")) return { error: t("login.errors.throttled", { minutes: Number(code.split(":")[1]) }), email };
    if (code === "inactive") return { error: t("login.errors.inactive"), email };
    return { error: t("login.errors.invalid"), email };
  }
}
