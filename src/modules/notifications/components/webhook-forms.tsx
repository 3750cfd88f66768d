"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/server/action";
import { createWebhookAction, deleteWebhookAction, setWebhookActiveAction, testWebhookAction, updateWebhookAction } from "../actions";
import { WEBHOOK_FORMATS } from "../schemas";
import { ConfirmSubmit } from "./confirm-submit";

export interface EndpointView {
  id: string;
  version: number;
  name: string;
  format: string;
  maskedUrl: string;
  active: boolean;
}

function EndpointFields({ form, idPrefix, defaults, editing }: { form: FormState; idPrefix: string; defaults?: EndpointView; editing?: boolean }) {
  const t = useTranslations("notifications.webhooks");
  return (
    <>
      <Field id={`${idPrefix}-name`} label={t("name")} error={form.error("name")} hint={t("nameHint")}>
        {(a) => <Input {...a} name="name" required maxLength={120} defaultValue={form.value("name", defaults?.name)} />}
      </Field>
      <Field id={`${idPrefix}-format`} label={t("format")} error={form.error("format")}>
        {(a) => (
          <Select {...a} name="format" defaultValue={form.value("format", defaults?.format ?? "WECOM")}>
            {WEBHOOK_FORMATS.map((f) => <option key={f} value={f}>{t(`formats.${f}`)}</option>)}
          </Select>
        )}
      </Field>
      <div className="md:col-span-2">
        <Field id={`${idPrefix}-url`} label={t("url")} error={form.error("url")} hint={editing ? t("urlKeepHint", { current: defaults?.maskedUrl ?? "" }) : t("urlHint")}>
          {(a) => <Input {...a} name="url" type="url" inputMode="url" autoComplete="off" spellCheck={false} required={!editing} maxLength={500} defaultValue={form.value("url")} placeholder="https://" />}
        </Field>
      </div>
    </>
  );
}

export function CreateWebhookForm() {
  const t = useTranslations("notifications.webhooks");
  return (
    <ActionForm action={createWebhookAction} testId="create-webhook-form">
      {(form) => (
        <div className="grid gap-3 md:grid-cols-2">
          <EndpointFields form={form} idPrefix="new-webhook" />
          <div>
            <Button type="submit" disabled={form.pending}>{t("create")}</Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}

export function EditWebhookForm({ endpoint }: { endpoint: EndpointView }) {
  const tc = useTranslations("common");
  return (
    <ActionForm action={updateWebhookAction} testId="edit-webhook-form">
      {(form) => (
        <div className="grid gap-3 md:grid-cols-2">
          <input type="hidden" name="id" value={endpoint.id} />
          <input type="hidden" name="version" value={endpoint.version} />
          <EndpointFields form={form} idPrefix={`wh-${endpoint.id}`} defaults={endpoint} editing />
          <div>
            <Button type="submit" disabled={form.pending}>{tc("save")}</Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}

export function WebhookActiveForm({ endpoint }: { endpoint: EndpointView }) {
  const t = useTranslations("notifications.webhooks");
  return (
    <ActionForm action={setWebhookActiveAction}>
      {(form) => (
        <>
          <input type="hidden" name="id" value={endpoint.id} />
          <input type="hidden" name="version" value={endpoint.version} />
          <input type="hidden" name="active" value={endpoint.active ? "false" : "true"} />
          <Button type="submit" variant="secondary" size="sm" disabled={form.pending}>{endpoint.active ? t("disable") : t("enable")}</Button>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteWebhookForm({ endpoint }: { endpoint: EndpointView }) {
  const t = useTranslations("notifications.webhooks");
  return (
    <ActionForm action={deleteWebhookAction}>
      {(form) => (
        <>
          <input type="hidden" name="id" value={endpoint.id} />
          <input type="hidden" name="version" value={endpoint.version} />
          <ConfirmSubmit label={t("delete")} question={t("deleteQuestion", { name: endpoint.name })} confirmLabel={t("deleteConfirm")} cancelLabel={t("cancel")} pending={form.pending} />
        </>
      )}
    </ActionForm>
  );
}

type Tested = ActionResult<{ delivered: boolean; error: string | null }>;

/** Sends a test message now and says what the chat answered. */
export function TestWebhookForm({ endpoint }: { endpoint: EndpointView }) {
  const t = useTranslations("notifications.webhooks");
  const [result, action, pending] = useActionState<Tested | null, FormData>(testWebhookAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={endpoint.id} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>{pending ? t("testing") : t("test")}</Button>
      <div aria-live="polite">
        {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
        {result?.ok && result.data.delivered ? <Alert tone="success" testId="webhook-test-ok">{t("testDelivered")}</Alert> : null}
        {result?.ok && !result.data.delivered ? <Alert tone="error" testId="webhook-test-failed">{t("testFailed", { error: result.data.error ?? "" })}</Alert> : null}
      </div>
    </form>
  );
}
