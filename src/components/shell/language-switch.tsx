import { useLocale, useTranslations } from "next-intl";
import { switchLanguage } from "@/modules/shell/actions";
import { LOCALES } from "@/i18n/config";
import { cn } from "@/lib/cn";

const LABELS: Record<string, string> = { "zh-CN": "简体中文", en: "English" };

export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("nav");
  return (
    <form action={switchLanguage} className="flex items-center gap-1" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={cn(
            "whitespace-nowrap rounded px-2 py-1 text-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600",
            l === locale ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {LABELS[l]}
        </button>
      ))}
    </form>
  );
}
