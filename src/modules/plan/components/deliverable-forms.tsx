"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { decideDeliverableAction, submitDeliverableAction } from "../actions";

const MAX_BYTES = 10 * 1024 * 1024;

export function SubmitDeliverableForm({ id, version, evidenceUrl }: { id: string; version: number; evidenceUrl: string }) {
  const t = useTranslations("plan.deliverable");
  // Checked before upload too: a file far over the limit would otherwise travel to the server first.
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <ActionForm action={submitDeliverableAction} testId={`submit-${id}`}>
      {(form) => (
        <div className="grid gap-2 sm:grid-cols-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Field id={`url-${id}`} label={t("evidenceUrl")} error={form.error("evidenceUrl")}>{(a) => <Input {...a} type="url" name="evidenceUrl" placeholder="https://" defaultValue={form.value("evidenceUrl", evidenceUrl)} />}</Field>
          <Field id={`file-${id}`} label={t("evidenceFile")} error={tooLarge ? t("fileTooLarge") : form.error("evidenceFile")} hint={t("fileHint")}>
            {(a) => (
              <Input
                {...a}
                type="file"
                name="evidenceFile"
                accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.zip,.docx,.xlsx,.pptx,.doc,.xls,.ppt"
                onChange={(e) => {
                  const big = (e.currentTarget.files?.[0]?.size ?? 0) > MAX_BYTES;
                  setTooLarge(big);
                  if (big) e.currentTarget.value = "";
                }}
              />
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field id={`note-${id}`} label={t("note")}>{(a) => <Input {...a} name="note" maxLength={2000} defaultValue={form.value("note")} />}</Field>
          </div>
          <div><Button type="submit" variant="secondary" disabled={form.pending}>{t("submit")}</Button></div>
        </div>
      )}
    </ActionForm>
  );
}

export function DecideDeliverableForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("plan.deliverable");
  return (
    <ActionForm action={decideDeliverableAction} testId={`decide-${id}`}>
      {(form) => (
        <div className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Field id={`decision-${id}`} label={t("decision")} error={form.error("decision")}>
            {(a) => (
              <Select {...a} name="decision" defaultValue={form.value("decision", "ACCEPTED")}>
                <option value="ACCEPTED">{t("accept")}</option>
                <option value="REJECTED">{t("reject")}</option>
              </Select>
            )}
          </Field>
          <Field id={`reason-${id}`} label={t("reason")} error={form.error("reason")}>{(a) => <Input {...a} name="reason" maxLength={2000} defaultValue={form.value("reason")} />}</Field>
          <Button type="submit" disabled={form.pending}>{t("record")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
