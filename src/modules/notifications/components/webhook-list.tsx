import { getTranslations } from "next-intl/server";
import type { listWebhooks } from "../queries";
import { maskWebhookUrl } from "../webhook-formats";
import { DeleteWebhookForm, EditWebhookForm, TestWebhookForm, WebhookActiveForm, type EndpointView } from "./webhook-forms";

export async function WebhookList({ endpoints }: { endpoints: Awaited<ReturnType<typeof listWebhooks>> }) {
  const t = await getTranslations("notifications.webhooks");
  if (endpoints.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-500" data-testid="webhooks-empty">{t("empty")}</p>;
  }
  return (
    <ul className="space-y-3" aria-label={t("title")}>
      {endpoints.map((e) => {
        // The full URL (with its secret key) never leaves the server.
        const view: EndpointView = { id: e.id, version: e.version, name: e.name, format: e.format, maskedUrl: maskWebhookUrl(e.url), active: e.active };
        return (
          <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="webhook-row">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{e.name}</span>
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`formats.${e.format}`)}</span>
                  <span className={e.active ? "rounded bg-green-100 px-2 py-0.5 text-xs text-green-800" : "rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-600"}>
                    {e.active ? t("active") : t("inactive")}
                  </span>
                </p>
                <p className="mt-1 break-all font-mono text-xs text-slate-500">{view.maskedUrl}</p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {e.active ? <TestWebhookForm endpoint={view} /> : null}
                <WebhookActiveForm endpoint={view} />
                <DeleteWebhookForm endpoint={view} />
              </div>
            </div>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm text-blue-700 hover:underline">{t("edit")}</summary>
              <div className="mt-3">
                <EditWebhookForm endpoint={view} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
