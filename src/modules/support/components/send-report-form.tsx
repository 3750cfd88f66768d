"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { sendDailyReportAction } from "../actions";

/** The PM's note and "send": a new snapshot each time, posted to the chat groups. */
export function SendReportForm({ day, webhooks, sentBefore }: { day: string; webhooks: number; sentBefore: number }) {
  const t = useTranslations("support.report.send");
  return (
    <ActionForm action={sendDailyReportAction} redirectTo={(d) => `/support/daily-report/${d.id}?sent=${d.webhooks}`} testId="send-report-form" className="space-y-3">
      {(f) => (
        <>
          <input type="hidden" name="day" value={day} />
          {f.error("day") ? <p className="text-sm text-red-700" role="alert">{f.error("day")}</p> : null}
          <Field id="report-note" label={t("note")} hint={t("noteHint")} error={f.error("note")}>
            {(aria) => (
              <textarea
                {...aria}
                name="note"
                rows={4}
                maxLength={4000}
                defaultValue={f.value("note", "")}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30"
              />
            )}
          </Field>
          <p className="text-xs text-slate-600">{webhooks > 0 ? t("webhooks", { n: webhooks }) : t("noWebhooks")}</p>
          {sentBefore > 0 ? <p className="text-xs text-amber-800" data-testid="resend-hint">{t("resend", { n: sentBefore })}</p> : null}
          <Button type="submit" disabled={f.pending}>{f.pending ? t("submitting") : t("submit")}</Button>
        </>
      )}
    </ActionForm>
  );
}
