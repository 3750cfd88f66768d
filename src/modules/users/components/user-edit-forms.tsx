"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";
import { UserProfileFields, type DepartmentOption } from "./user-fields";

interface EditableUser {
  id: string;
  name: string;
  role: string;
  departmentId: string;
  active: boolean;
  version: number;
}

function Hidden({ user }: { user: EditableUser }) {
  return (
    <>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
}

export function UserDetailsForm({ user, departments }: { user: EditableUser; departments: DepartmentOption[] }) {
  const t = useTranslations();
  return (
    <ActionForm action={updateUserAction} testId="user-details-form">
      {(form) => (
        <div className="space-y-4">
          <Hidden user={user} />
          <UserProfileFields form={form} departments={departments} defaults={user} />
          <Button type="submit" disabled={form.pending}>
            {t("common.save")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}

export function UserStatusForm({ user }: { user: EditableUser }) {
  const t = useTranslations("users");
  return (
    <ActionForm action={setUserActiveAction} testId="user-status-form">
      {(form) => (
        <div className="space-y-3">
          <Hidden user={user} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          <p className="text-sm text-slate-600">{user.active ? t("deactivateHint") : t("activateHint")}</p>
          <Button type="submit" variant={user.active ? "danger" : "secondary"} disabled={form.pending}>
            {user.active ? t("deactivate") : t("activate")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ user }: { user: EditableUser }) {
  const t = useTranslations("users");
  return (
    <ActionForm action={resetPasswordAction} testId="reset-password-form">
      {(form) => (
        <div className="space-y-3">
          <Hidden user={user} />
          <Field id="reset-password" label={t("fields.newPassword")} error={form.error("password")} hint={t("passwordRule")}>
            {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required />}
          </Field>
          <p className="text-xs text-slate-500">{t("resetHint")}</p>
          <Button type="submit" variant="secondary" disabled={form.pending}>
            {t("resetPassword")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
