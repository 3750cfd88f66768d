import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

const TABS = [
  { key: "overview", href: "" },
  { key: "tasks", href: "/tasks" },
  { key: "gantt", href: "/gantt" },
  { key: "gates", href: "/gates" },
  { key: "readiness", href: "/readiness" },
] as const;

export async function ProjectTabs({ projectId, name, active }: { projectId: string; name: string; active: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations("plan.tabs");
  return (
    <div className="mb-4">
      <p className="text-sm text-slate-500"><Link href="/plan" className="hover:underline">{t("all")}</Link> / {name}</p>
      <nav aria-label={t("label")} className="mt-2 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            href={`/plan/${projectId}${tab.href}`}
            aria-current={tab.key === active ? "page" : undefined}
            className={cn("rounded-t-md px-3 py-2 text-sm", tab.key === active ? "border border-b-white border-slate-200 bg-white font-medium" : "text-slate-600 hover:text-slate-900")}
          >
            {t(tab.key)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
