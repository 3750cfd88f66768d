import type { ArticleKind, ArticleStatus } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import type { ExcerptPart } from "../search";

const KIND_STYLE: Record<ArticleKind, string> = {
  FAQ: "bg-violet-100 text-violet-800",
  GUIDE: "bg-sky-100 text-sky-800",
  VIDEO: "bg-rose-100 text-rose-800",
};
const STATUS_STYLE: Record<ArticleStatus, string> = {
  PUBLISHED: "bg-green-100 text-green-800",
  DRAFT: "bg-amber-100 text-amber-800",
  ARCHIVED: "bg-slate-200 text-slate-700",
};

const badge = "inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium";

export function KindBadge({ kind, label }: { kind: ArticleKind; label: string }) {
  return <span className={cn(badge, KIND_STYLE[kind])}>{label}</span>;
}

export function StatusBadge({ status, label }: { status: ArticleStatus; label: string }) {
  return <span className={cn(badge, STATUS_STYLE[status])} data-testid="article-status">{label}</span>;
}

export function Tag({ children }: { children: React.ReactNode }) {
  return <span className={cn(badge, "border border-slate-200 bg-white text-slate-700")}>{children}</span>;
}

/** Search hits marked in a title or excerpt. */
export function Highlighted({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-100 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
