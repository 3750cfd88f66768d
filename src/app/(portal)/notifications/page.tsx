import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { parseListParams } from "@/lib/list-params";
import { MarkAllReadForm } from "@/modules/notifications/components/inbox-forms";
import { NotificationList } from "@/modules/notifications/components/notification-list";
import { listNotifications, parseInboxFilter, unreadCount } from "@/modules/notifications/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.inbox"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("home.view");
  const raw = await searchParams;
  const list = parseListParams(raw, ["createdAt"] as const, "createdAt", "desc");
  const filter = parseInboxFilter(raw, list.q);
  const [data, unread, t] = await Promise.all([listNotifications(actor.id, filter, list.page, list.pageSize), unreadCount(actor.id), getTranslations("notifications.inbox")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={unread > 0 ? t("unreadSummary", { count: unread }) : t("allRead")}
        actions={unread > 0 ? <MarkAllReadForm before={new Date().toISOString()} /> : null}
      />
      <NotificationList data={data} list={list} filter={filter} searchParams={raw} />
    </>
  );
}
