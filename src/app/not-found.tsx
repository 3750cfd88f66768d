import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="mt-4 text-xl font-semibold">{t("title")}</h1>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t("home")}
      </Link>
    </main>
  );
}
