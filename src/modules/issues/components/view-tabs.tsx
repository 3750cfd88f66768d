import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { IssueView } from "../list-filter";

/** The queues as tabs; switching keeps no other filter (each queue starts clean). */
export async function ViewTabs({ views, current }: { views: IssueView[]; current: IssueView }) {
  const t = await getTranslations("issues.views");
  return (
    <nav aria-label={t("label")} className="mb-3 flex flex-wrap gap-1 border-b border-slate-200">
      {views.map((v) => (
        <Link
          key={v}
          href={`/issues?view=${v}`}
          aria-current={v === current ? "page" : undefined}
          className={cn(
            "-mb-px rounded-t px-3 py-2 text-sm",
            v === current ? "border border-b-white border-slate-200 bg-white font-medium text-blue-800" : "text-slate-600 hover:text-slate-900",
          )}
        >
          {t(v)}
        </Link>
      ))}
    </nav>
  );
}
