"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createUserAction } from "../actions";
import { UserProfileFields, type DepartmentOption } from "./user-fields";

export function UserCreateForm({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations();
  return (
    <ActionForm action={createUserAction} redirectTo={(d) => `/users/${d.id}`} className="max-w-lg" testId="user-create-form">
      {(form) => (
        <div className="space-y-4">
          <Field id="email" label={t("users.fields.email")} error={form.error("email")}>
            {(aria) => <Input {...aria} name="email" type="email" required maxLength={254} defaultValue={form.value("email")} />}
          </Field>
          <UserProfileFields form={form} departments={departments} />
          <Field id="password" label={t("users.fields.initialPassword")} error={form.error("password")} hint={t("users.passwordRule")}>
            {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required />}
          </Field>
          <Button type="submit" disabled={form.pending}>
            {t("users.create")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
