import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/server/env";
import { smtpSummary } from "../mailer";
import type { outboxCounts } from "../queries";

function Dot({ ok }: { ok: boolean }) {
  return <span aria-hidden className={ok ? "inline-block h-2 w-2 rounded-full bg-green-600" : "inline-block h-2 w-2 rounded-full bg-slate-400"} />;
}

/** How messages leave the portal: e-mail (never the password), background jobs, and the outbox's state. */
export async function DeliveryStatus({ counts, webhooks }: { counts: Awaited<ReturnType<typeof outboxCounts>>; webhooks: number }) {
  const t = await getTranslations("notifications.integrations.status");
  const colon = (await getTranslations("common"))("colon");
  const smtp = smtpSummary();
  const jobs = env().JOBS_ENABLED;
  return (
    <section aria-labelledby="delivery-status" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-3" data-testid="delivery-status">
      <h2 id="delivery-status" className="sr-only">{t("title")}</h2>
      <div>
        <p className="flex items-center gap-2 font-medium text-slate-900"><Dot ok={smtp.configured} />{t("email")}</p>
        {smtp.configured ? (
          <dl className="mt-1 space-y-0.5 text-slate-600" data-testid="smtp-configured">
            <div><dt className="inline">{t("server")}{colon}</dt><dd className="inline font-mono text-xs">{smtp.host}:{smtp.port}{smtp.secure ? " (TLS)" : ""}</dd></div>
            <div><dt className="inline">{t("user")}{colon}</dt><dd className="inline">{smtp.user ?? t("noAuth")}</dd></div>
            <div><dt className="inline">{t("from")}{colon}</dt><dd className="inline">{smtp.from}</dd></div>
          </dl>
        ) : (
          <p className="mt-1 text-slate-600" data-testid="smtp-off">{t("emailOff")}</p>
        )}
      </div>
      <div>
        <p className="flex items-center gap-2 font-medium text-slate-900"><Dot ok={jobs} />{t("jobs")}</p>
        <p className="mt-1 text-slate-600">{jobs ? t("jobsOn") : t("jobsOff")}</p>
      </div>
      <div>
        <p className="flex items-center gap-2 font-medium text-slate-900"><Dot ok={counts.failed === 0} />{t("outbox")}</p>
        <p className="mt-1 text-slate-600">
          {t("outboxSummary", { pending: counts.pending, failed: counts.failed, webhooks })}
        </p>
        {counts.failed > 0 ? <Link href="/integrations/outbox?status=FAILED" className="mt-1 inline-block text-blue-700 underline">{t("showFailed")}</Link> : null}
      </div>
    </section>
  );
}
