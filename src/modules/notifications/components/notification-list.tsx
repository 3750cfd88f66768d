import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ListPagination } from "@/components/ui/list-pagination";
import { toLocale } from "@/i18n/config";
import { cn } from "@/lib/cn";
import { withParams, type ListParams } from "@/lib/list-params";
import { env } from "@/server/env";
import type { InboxFilter, listNotifications } from "../queries";
import { formatDateTime, renderNotification } from "../render";
import { MarkReadButton } from "./inbox-forms";

type Raw = Record<string, string | string[] | undefined>;

interface Props {
  data: Awaited<ReturnType<typeof listNotifications>>;
  list: ListParams<string>;
  filter: InboxFilter;
  searchParams: Raw;
}

function Tab({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn("rounded-md px-3 py-1.5 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600", active ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100")}
    >
      {children}
    </Link>
  );
}

export async function NotificationList({ data, list, filter, searchParams }: Props) {
  const t = await getTranslations("notifications.inbox");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const timeZone = env().PORTAL_TIME_ZONE;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label={t("show")} className="flex gap-1">
          <Tab href={`/notifications${withParams(searchParams, { show: undefined, page: undefined })}`} active={!filter.unreadOnly}>{t("all")}</Tab>
          <Tab href={`/notifications${withParams(searchParams, { show: "unread", page: undefined })}`} active={filter.unreadOnly}>{t("unreadOnly")}</Tab>
        </nav>
        <form method="get" role="search" className="flex flex-wrap items-end gap-2">
          {filter.unreadOnly ? <input type="hidden" name="show" value="unread" /> : null}
          <Field id="q" label={tc("search")}>
            {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} placeholder={t("searchPlaceholder")} className="w-56" />}
          </Field>
          <Field id="group" label={t("type")}>
            {(aria) => (
              <Select {...aria} name="group" defaultValue={filter.group ?? ""}>
                <option value="">{tc("all")}</option>
                <option value="issue">{t("groups.issue")}</option>
                <option value="sla">{t("groups.sla")}</option>
                <option value="report">{t("groups.report")}</option>
              </Select>
            )}
          </Field>
          <Button type="submit" variant="secondary">{tc("filter")}</Button>
        </form>
      </div>
      {data.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-10 text-center text-slate-500" data-testid="notifications-empty">
          {filter.unreadOnly || filter.q || filter.group ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t("title")} data-testid="notification-list">
          {data.rows.map((n) => {
            const { title, body } = renderNotification(locale, timeZone, n.kind, n.params);
            const unread = !n.readAt;
            return (
              <li key={n.id} className={cn("flex items-start gap-3 px-4 py-3", unread ? "bg-blue-50/60" : "")} data-testid="notification" data-unread={unread}>
                <span aria-hidden className={cn("mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full", unread ? "bg-blue-600" : "bg-transparent")} />
                <div className="min-w-0 flex-1">
                  <p className={cn("text-sm", unread ? "font-semibold text-slate-900" : "text-slate-700")}>
                    {unread ? <span className="sr-only">{t("unread")}: </span> : null}
                    {/* Through the open route, which marks it read; a plain <a> so prefetching never does. */}
                    <a href={`/api/notifications/${n.id}/open`} className="hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
                      {title}
                    </a>
                  </p>
                  <p className="mt-0.5 text-sm text-slate-600">{body}</p>
                  <p className="mt-1 text-xs text-slate-500">
                    <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale, timeZone)}</time>
                  </p>
                </div>
                {unread ? <MarkReadButton id={n.id} title={title} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={searchParams} />
    </>
  );
}
