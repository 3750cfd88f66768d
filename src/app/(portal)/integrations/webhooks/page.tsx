import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { IntegrationsTabs } from "@/modules/notifications/components/integrations-tabs";
import { CreateWebhookForm } from "@/modules/notifications/components/webhook-forms";
import { WebhookList } from "@/modules/notifications/components/webhook-list";
import { listWebhooks } from "@/modules/notifications/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.webhooks"))("title") };
}

export default async function WebhooksPage() {
  await requirePagePermission("integrations.manage");
  const [endpoints, t] = await Promise.all([listWebhooks(), getTranslations("notifications")]);
  return (
    <>
      <PageHeader title={t("integrations.title")} description={t("integrations.description")} />
      <IntegrationsTabs current="webhooks" />
      <div className="space-y-6">
        <Card title={t("webhooks.newTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("webhooks.intro")}</p>
          <CreateWebhookForm />
        </Card>
        <section aria-labelledby="webhooks-title">
          <h2 id="webhooks-title" className="mb-3 text-base font-semibold text-slate-900">{t("webhooks.title")}</h2>
          <WebhookList endpoints={endpoints} />
        </section>
      </div>
    </>
  );
}
