import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { withParams } from "@/lib/list-params";
import { ARTICLE_STATUSES } from "../constants";

/** Writers' tabs: published, drafts, archived — each keeps the current search. */
export async function StatusTabs({ current, counts, searchParams }: { current: ArticleStatus; counts: Record<ArticleStatus, number>; searchParams: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations("help");
  return (
    <nav aria-label={t("tabs.label")} className="mb-4 flex gap-1 border-b border-slate-200" data-testid="help-status-tabs">
      {ARTICLE_STATUSES.map((s) => (
        <Link
          key={s}
          href={`/help${withParams(searchParams, { status: s === "PUBLISHED" ? undefined : s, page: undefined })}`}
          aria-current={s === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm",
            s === current ? "border-blue-700 font-medium text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(`tabs.${s}`)} <span className="ml-1 rounded-full bg-slate-100 px-1.5 text-xs text-slate-600">{counts[s]}</span>
        </Link>
      ))}
    </nav>
  );
}
