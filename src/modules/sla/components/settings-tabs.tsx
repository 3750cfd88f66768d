import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";

const TABS = [
  { key: "overview", href: "/support/settings" },
  { key: "calendars", href: "/support/settings/calendars" },
  { key: "policies", href: "/support/settings/policies" },
  { key: "groups", href: "/support/settings/groups" },
  { key: "routing", href: "/support/settings/routing" },
] as const;

export type SettingsTab = (typeof TABS)[number]["key"];

/** The settings' title and its five sections; `trail` names the record a detail page shows. */
export async function SettingsHeader({ active, trail }: { active: SettingsTab; trail?: string }) {
  const t = await getTranslations("sla");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("tabs.label")} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab.key === active && !trail ? "page" : undefined}
            className={cn("rounded-t-md px-3 py-2 text-sm", tab.key === active ? "border border-b-white border-slate-200 bg-white font-medium" : "text-slate-600 hover:text-slate-900")}
          >
            {t(`tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
      {trail ? (
        <p className="mb-4 text-sm text-slate-500">
          <Link href={TABS.find((x) => x.key === active)!.href} className="hover:underline">{t(`tabs.${active}`)}</Link> / <span className="text-slate-800">{trail}</span>
        </p>
      ) : null}
    </>
  );
}

export function Badge({ tone, children }: { tone: "green" | "blue" | "amber" | "slate" | "red"; children: React.ReactNode }) {
  const tones = {
    green: "bg-green-100 text-green-800",
    blue: "bg-blue-100 text-blue-800",
    amber: "bg-amber-100 text-amber-800",
    slate: "bg-slate-200 text-slate-700",
    red: "bg-red-100 text-red-800",
  };
  return <span className={cn("inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs", tones[tone])}>{children}</span>;
}
