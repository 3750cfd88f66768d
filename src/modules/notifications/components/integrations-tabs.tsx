import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

const TABS = [
  { href: "/integrations", key: "tokens" },
  { href: "/integrations/webhooks", key: "webhooks" },
  { href: "/integrations/outbox", key: "outbox" },
] as const;

export async function IntegrationsTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations("notifications.integrations.tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600",
            tab.key === current ? "border-blue-700 font-medium text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
