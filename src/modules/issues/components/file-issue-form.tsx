"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { fileIssueAction } from "../actions";
import { ERP_MODULES, IMPACTS, ISSUE_TYPES, MAX_ATTACHMENTS, URGENCIES } from "../constants";
import { SimilarPanel } from "./similar-panel";

export const TEXTAREA =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600";

/** Filing in under a minute: five choices, a title, a description, optional screenshots. */
export function FileIssueForm({ defaultModule }: { defaultModule?: string }) {
  const t = useTranslations("issues");
  const [title, setTitle] = useState("");
  const [module, setModule] = useState(defaultModule ?? "");
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <ActionForm action={fileIssueAction} redirectTo={(d) => `/issues/${d.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" testId="file-issue-form">
        {(s) => (
          <>
            <Field id="title" label={t("fields.title")} error={s.error("title")}>
              {(aria) => (
                <Input {...aria} name="title" maxLength={200} required autoFocus defaultValue={s.value("title", title)}
                  onChange={(e) => setTitle(e.target.value)} placeholder={t("form.titlePlaceholder")} />
              )}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="module" label={t("fields.module")} error={s.error("module")}>
                {(aria) => (
                  <Select {...aria} name="module" required defaultValue={s.value("module", module)} onChange={(e) => setModule(e.target.value)}>
                    <option value="">{t("form.choose")}</option>
                    {ERP_MODULES.map((m) => <option key={m} value={m}>{t(`module.${m}`)}</option>)}
                  </Select>
                )}
              </Field>
              <Field id="type" label={t("fields.type")} error={s.error("type")}>
                {(aria) => (
                  <Select {...aria} name="type" required defaultValue={s.value("type", "")}>
                    <option value="">{t("form.choose")}</option>
                    {ISSUE_TYPES.map((v) => <option key={v} value={v}>{t(`type.${v}`)}</option>)}
                  </Select>
                )}
              </Field>
              <Field id="impact" label={t("fields.impact")} error={s.error("impact")} hint={t("form.impactHint")}>
                {(aria) => (
                  <Select {...aria} name="impact" required defaultValue={s.value("impact", "")}>
                    <option value="">{t("form.choose")}</option>
                    {IMPACTS.map((v) => <option key={v} value={v}>{t(`impact.${v}`)}</option>)}
                  </Select>
                )}
              </Field>
              <Field id="urgency" label={t("fields.urgency")} error={s.error("urgency")} hint={t("form.urgencyHint")}>
                {(aria) => (
                  <Select {...aria} name="urgency" defaultValue={s.value("urgency", "MEDIUM")}>
                    {URGENCIES.map((v) => <option key={v} value={v}>{t(`urgency.${v}`)}</option>)}
                  </Select>
                )}
              </Field>
            </div>
            <Field id="description" label={t("fields.description")} error={s.error("description")} hint={t("form.descriptionHint")}>
              {(aria) => (
                <textarea {...aria} name="description" rows={8} required className={TEXTAREA} defaultValue={s.value("description", "")}
                  placeholder={t("form.descriptionPlaceholder")} />
              )}
            </Field>
            <Field id="attachments" label={t("fields.attachments")} error={s.error("attachments")} hint={t("form.attachmentsHint", { max: MAX_ATTACHMENTS })}>
              {(aria) => <Input {...aria} name="attachments" type="file" multiple accept="image/*,.pdf,.txt,.csv,.xlsx,.docx,.zip" />}
            </Field>
            <div className="flex justify-end">
              <Button type="submit" disabled={s.pending} data-testid="submit-issue">{s.pending ? t("form.submitting") : t("form.submit")}</Button>
            </div>
          </>
        )}
      </ActionForm>
      <div className="space-y-3">
        <SimilarPanel text={title} module={module} />
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-600">
          <h2 className="mb-1 font-medium text-slate-800">{t("form.tipsTitle")}</h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("form.tip1")}</li>
            <li>{t("form.tip2")}</li>
            <li>{t("form.tip3")}</li>
          </ul>
        </div>
      </div>
    </div>
  );
}
