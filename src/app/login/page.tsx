import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { LoginForm } from "@/modules/auth/components/login-form";
import { first } from "@/lib/list-params";
import { getActor } from "@/server/session";
import { env } from "@/server/env";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getActor()) redirect("/");
  const t = await getTranslations();
  const callbackUrl = first((await searchParams).callbackUrl);
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-br from-slate-800 to-blue-900 p-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl">
        <div className="mb-4 flex justify-end">
          <LanguageSwitch />
        </div>
        <h1 className="text-xl font-semibold">{t("app.name")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("app.tagline")}</p>
        <LoginForm callbackUrl={callbackUrl} />
        {env().PORTAL_MODE === "demo" ? <p className="mt-6 text-xs text-slate-500">{t("login.demoHint")}</p> : null}
      </div>
    </div>
  );
}
