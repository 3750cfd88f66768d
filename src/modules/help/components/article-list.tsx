import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ArticleFilter, ArticleRow } from "../queries";
import { excerpt, highlightParts } from "../search";
import { formatMoment } from "./format";
import { Highlighted, KindBadge, StatusBadge, Tag } from "./badges";

/** Search results as cards: what the article is, where it applies, and the passage that matched. */
export async function ArticleList({ rows, filter, canWrite }: { rows: ArticleRow[]; filter: ArticleFilter; canWrite: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (rows.length === 0) return <EmptyState filter={filter} canWrite={canWrite} />;
  return (
    <ul className="space-y-3" data-testid="article-list">
      {rows.map((a) => (
        <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-300" data-testid="article-card">
          <div className="flex flex-wrap items-center gap-2">
            <KindBadge kind={a.kind} label={t(`help.kinds.${a.kind}`)} />
            <Tag>{a.module ? t(`help.modules.${a.module}`) : t("help.modules.GENERAL")}</Tag>
            {a.status !== "PUBLISHED" ? <StatusBadge status={a.status} label={t(`help.statuses.${a.status}`)} /> : null}
          </div>
          {/* No prefetch: opening an article counts a view, a hover must not. */}
          <Link prefetch={false} href={`/help/${a.id}`} className="mt-2 block text-base font-semibold text-slate-900 hover:text-blue-700 hover:underline">
            <Highlighted parts={highlightParts(a.title, filter.terms)} />
          </Link>
          <p className="mt-1 line-clamp-2 text-sm text-slate-600">
            <Highlighted parts={excerpt(a.body, filter.terms)} />
          </p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
            <span>{t("help.meta.views", { count: a.viewCount })}</span>
            <span>{t("help.meta.linkedIssues", { count: a.linkCount })}</span>
            <span>{a.roles.length ? t("help.meta.forRoles", { roles: a.roles.map((r) => t(`roles.${r}`)).join(t("help.meta.listSeparator")) }) : t("help.meta.forEveryone")}</span>
            <span>
              {a.publishedAt ? t("help.meta.publishedOn", { date: formatMoment(a.publishedAt, locale) }) : t("help.meta.updatedOn", { date: formatMoment(a.updatedAt, locale) })}
              {canWrite ? ` · ${a.authorName}` : null}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

async function EmptyState({ filter, canWrite }: { filter: ArticleFilter; canWrite: boolean }) {
  const t = await getTranslations("help");
  const searching = filter.terms.length > 0 || filter.module || filter.kind || filter.role;
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center" data-testid="help-empty">
      <p className="text-base font-medium text-slate-800">{searching ? t("empty.noMatch") : t(`empty.${filter.status}`)}</p>
      <p className="mt-2 text-sm text-slate-600">
        {searching ? t("empty.noMatchHint") : canWrite && filter.status === "PUBLISHED" ? t("empty.writerHint") : null}
      </p>
      <div className="mt-4 flex justify-center gap-4 text-sm">
        {searching ? <Link href="/help" className="text-blue-700 underline">{t("empty.clear")}</Link> : null}
        <Link href="/issues/new" className="text-blue-700 underline">{t("empty.fileIssue")}</Link>
      </div>
    </div>
  );
}
