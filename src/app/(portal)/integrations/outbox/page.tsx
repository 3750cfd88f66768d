import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { parseListParams } from "@/lib/list-params";
import { DeliveryStatus } from "@/modules/notifications/components/delivery-status";
import { IntegrationsTabs } from "@/modules/notifications/components/integrations-tabs";
import { OutboxList } from "@/modules/notifications/components/outbox-list";
import { listOutbox, listWebhooks, outboxCounts, parseOutboxFilter } from "@/modules/notifications/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("integrations.manage");
  const raw = await searchParams;
  const list = parseListParams(raw, ["createdAt"] as const, "createdAt", "desc");
  const filter = parseOutboxFilter(raw, list.q);
  const [data, counts, webhooks, t] = await Promise.all([listOutbox(filter, list.page, list.pageSize), outboxCounts(), listWebhooks(), getTranslations("notifications")]);
  return (
    <>
      <PageHeader title={t("integrations.title")} description={t("integrations.description")} />
      <IntegrationsTabs current="outbox" />
      <DeliveryStatus counts={counts} webhooks={webhooks.filter((w) => w.active).length} />
      <h2 className="mb-1 text-base font-semibold text-slate-900">{t("outbox.title")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("outbox.intro")}</p>
      <OutboxList data={data} list={list} filter={filter} searchParams={raw} />
    </>
  );
}
