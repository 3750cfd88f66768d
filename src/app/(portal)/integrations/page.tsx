import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { calendarToday } from "@/lib/calendar-day";
import { parseListParams } from "@/lib/list-params";
import { DeliveryStatus } from "@/modules/notifications/components/delivery-status";
import { IntegrationsTabs } from "@/modules/notifications/components/integrations-tabs";
import { CreateTokenForm } from "@/modules/notifications/components/token-forms";
import { TokenList } from "@/modules/notifications/components/token-list";
import { listTokens, listWebhooks, outboxCounts, tokenUsers } from "@/modules/notifications/queries";
import { env } from "@/server/env";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.integrations"))("title") };
}

export default async function IntegrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("integrations.manage");
  const raw = await searchParams;
  const list = parseListParams(raw, ["createdAt"] as const, "createdAt", "desc");
  const [tokens, users, counts, webhooks, t, tr] = await Promise.all([
    listTokens(list.page, list.pageSize),
    tokenUsers(),
    outboxCounts(),
    listWebhooks(),
    getTranslations("notifications"),
    getTranslations("roles"),
  ]);
  const today = calendarToday(env().PORTAL_TIME_ZONE).toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t("integrations.title")} description={t("integrations.description")} />
      <IntegrationsTabs current="tokens" />
      <DeliveryStatus counts={counts} webhooks={webhooks.filter((w) => w.active).length} />
      <div className="space-y-6">
        <Card title={t("tokens.newTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("tokens.intro")}</p>
          <CreateTokenForm users={users.map((u) => ({ id: u.id, label: `${u.name} (${u.email}) · ${tr(u.role)}` }))} today={today} />
        </Card>
        <section aria-labelledby="tokens-title">
          <h2 id="tokens-title" className="mb-3 text-base font-semibold text-slate-900">{t("tokens.title")}</h2>
          <TokenList data={tokens} page={list.page} pageSize={list.pageSize} searchParams={raw} />
        </section>
      </div>
    </>
  );
}
