"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/server/action";
import { createTokenAction, revokeTokenAction } from "../actions";
import { ConfirmSubmit } from "./confirm-submit";

function CopyButton({ text }: { text: string }) {
  const t = useTranslations("notifications.tokens");
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
    >
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
    </Button>
  );
}

/** The new token is in the action's answer and shown here once; the portal keeps only its hash. */
function NewToken({ token }: { token: string }) {
  const t = useTranslations("notifications.tokens");
  return (
    <div role="status" className="mb-4 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="new-token">
      <p className="font-medium">{t("createdOnce")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="select-all break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900" data-testid="new-token-value">{token}</code>
        <CopyButton text={token} />
      </div>
      <p className="text-xs">{t("usage")}</p>
    </div>
  );
}

type Created = ActionResult<{ id: string; token: string }>;

export function CreateTokenForm({ users, today }: { users: { id: string; label: string }[]; today: string }) {
  const t = useTranslations("notifications.tokens");
  const tc = useTranslations("common");
  const [result, action, pending] = useActionState<Created | null, FormData>(createTokenAction, null);
  const failed = result && !result.ok ? result : null;
  const error = (f: string) => failed?.fieldErrors?.[f];
  const value = (f: string) => failed?.values?.[f];
  return (
    <form action={action} noValidate data-testid="create-token-form">
      <div aria-live="polite">
        {failed ? <div className="mb-3"><Alert tone="error" testId="form-error">{failed.error}</Alert></div> : null}
        {result?.ok ? <NewToken token={result.data.token} /> : null}
      </div>
      <div key={result ? JSON.stringify(result) : "initial"} className="grid gap-3 md:grid-cols-4">
        <Field id="token-name" label={t("name")} error={error("name")} hint={t("nameHint")}>
          {(a) => <Input {...a} name="name" required maxLength={120} defaultValue={value("name")} />}
        </Field>
        <Field id="token-user" label={t("actsAs")} error={error("userId")} hint={t("actsAsHint")}>
          {(a) => (
            <Select {...a} name="userId" required defaultValue={value("userId") ?? ""}>
              <option value="">{tc("choose")}</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
            </Select>
          )}
        </Field>
        <Field id="token-expires" label={t("expiresOn")} error={error("expiresOn")} hint={t("expiresHint")}>
          {(a) => <Input {...a} name="expiresOn" type="date" min={today} defaultValue={value("expiresOn")} />}
        </Field>
        <div className="flex items-start pt-6">
          <Button type="submit" disabled={pending}>{t("create")}</Button>
        </div>
      </div>
    </form>
  );
}

export function RevokeTokenForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("notifications.tokens");
  return (
    <ActionForm action={revokeTokenAction}>
      {(form) => (
        <>
          <input type="hidden" name="id" value={id} />
          <ConfirmSubmit label={t("revoke")} question={t("revokeQuestion", { name })} confirmLabel={t("revokeConfirm")} cancelLabel={t("cancel")} pending={form.pending} />
        </>
      )}
    </ActionForm>
  );
}
