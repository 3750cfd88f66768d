"use client";

import { useTranslations } from "next-intl";
import { Field, Input, Select } from "@/components/ui/field";
import type { FormState } from "@/components/ui/action-form";
import { ROLES } from "@/server/permissions";

export interface DepartmentOption {
  id: string;
  label: string;
}

/** Name, role and department: the fields shared by the create and edit forms. */
export function UserProfileFields({ form, departments, defaults }: { form: FormState; departments: DepartmentOption[]; defaults?: { name: string; role: string; departmentId: string } }) {
  const t = useTranslations();
  return (
    <>
      <Field id="name" label={t("users.fields.name")} error={form.error("name")}>
        {(aria) => <Input {...aria} name="name" required maxLength={120} defaultValue={form.value("name", defaults?.name)} />}
      </Field>
      <Field id="role" label={t("users.fields.role")} error={form.error("role")}>
        {(aria) => (
          <Select {...aria} name="role" defaultValue={form.value("role", defaults?.role ?? "KEY_USER")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="departmentId" label={t("users.fields.department")} error={form.error("departmentId")}>
        {(aria) => (
          <Select {...aria} name="departmentId" defaultValue={form.value("departmentId", defaults?.departmentId ?? "")}>
            <option value="" disabled>
              {t("common.choose")}
            </option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}
