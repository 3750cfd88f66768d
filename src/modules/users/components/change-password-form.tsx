"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  return (
    <ActionForm action={changeOwnPasswordAction} className="max-w-md" testId="change-password-form">
      {(form) => (
        <div className="space-y-4">
          <Field id="currentPassword" label={t("currentPassword")} error={form.error("currentPassword")}>
            {(aria) => <Input {...aria} name="currentPassword" type="password" autoComplete="current-password" required />}
          </Field>
          <Field id="newPassword" label={t("newPassword")} error={form.error("newPassword")} hint={t("passwordRule")}>
            {(aria) => <Input {...aria} name="newPassword" type="password" autoComplete="new-password" required />}
          </Field>
          <Field id="confirmPassword" label={t("confirmPassword")} error={form.error("confirmPassword")}>
            {(aria) => <Input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required />}
          </Field>
          <Button type="submit" disabled={form.pending}>{t("changePassword")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
