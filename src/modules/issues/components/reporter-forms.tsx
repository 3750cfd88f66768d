"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { confirmAction, rateAction, reopenAction } from "../actions";
import { TEXTAREA } from "./file-issue-form";

/** After the desk resolves: the reporter confirms (closes) or reopens with a reason. */
export function ConfirmOrReopen({ issueId, canConfirm }: { issueId: string; canConfirm: boolean }) {
  const t = useTranslations("issues.reporter");
  return (
    <div className="space-y-3" data-testid="confirm-panel">
      {canConfirm ? (
        <ActionForm action={confirmAction}>
          {(s) => (
            <>
              <input type="hidden" name="issueId" value={issueId} />
              <p className="mb-2 text-sm text-slate-700">{t("confirmHint")}</p>
              <Button type="submit" disabled={s.pending} data-testid="confirm-resolution">{t("confirm")}</Button>
            </>
          )}
        </ActionForm>
      ) : null}
      <ActionForm action={reopenAction} className="space-y-2">
        {(s) => (
          <>
            <input type="hidden" name="issueId" value={issueId} />
            <Field id="reopen-reason" label={t("reopenReason")} error={s.error("reason")}>
              {(aria) => <textarea {...aria} name="reason" rows={2} className={TEXTAREA} defaultValue={s.value("reason", "")} />}
            </Field>
            <Button type="submit" variant="secondary" size="sm" disabled={s.pending}>{t("reopen")}</Button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

/** CSAT: 1–5 with an optional comment, once per closed issue. */
export function RateForm({ issueId }: { issueId: string }) {
  const t = useTranslations("issues.reporter");
  return (
    <ActionForm action={rateAction} className="space-y-2" testId="rate-form">
      {(s) => (
        <>
          <input type="hidden" name="issueId" value={issueId} />
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("rateQuestion")}</legend>
            <div className="flex gap-2">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
                  <input type="radio" name="score" value={n} defaultChecked={s.value("score") === String(n)} />
                  {n} {"★"}
                </label>
              ))}
            </div>
            {s.error("score") ? <p className="text-xs text-red-700">{s.error("score")}</p> : null}
            <p className="mt-1 text-xs text-slate-500">{t("rateScale")}</p>
          </fieldset>
          <Field id="rate-comment" label={t("rateComment")} error={s.error("comment")}>
            {(aria) => <textarea {...aria} name="comment" rows={2} className={TEXTAREA} defaultValue={s.value("comment", "")} />}
          </Field>
          <Button type="submit" size="sm" disabled={s.pending} data-testid="submit-rating">{t("rate")}</Button>
        </>
      )}
    </ActionForm>
  );
}
