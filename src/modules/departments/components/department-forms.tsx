"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createDepartmentAction, updateDepartmentAction } from "../actions";

export function DepartmentCreateForm() {
  const t = useTranslations("departments");
  return (
    <ActionForm action={createDepartmentAction} testId="department-create-form">
      {(form) => (
        <div className="grid items-start gap-3 sm:grid-cols-4">
          <Field id="code" label={t("fields.code")} error={form.error("code")} hint={t("codeHint")}>
            {(aria) => <Input {...aria} name="code" required maxLength={40} defaultValue={form.value("code")} />}
          </Field>
          <Field id="nameZh" label={t("fields.nameZh")} error={form.error("nameZh")}>
            {(aria) => <Input {...aria} name="nameZh" required maxLength={80} defaultValue={form.value("nameZh")} />}
          </Field>
          <Field id="nameEn" label={t("fields.nameEn")} error={form.error("nameEn")}>
            {(aria) => <Input {...aria} name="nameEn" required maxLength={80} defaultValue={form.value("nameEn")} />}
          </Field>
          <div className="pt-6">
            <Button type="submit" disabled={form.pending}>{t("create")}</Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}

interface DepartmentRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  active: boolean;
  version: number;
}

export function DepartmentEditForm({ department }: { department: DepartmentRow }) {
  const t = useTranslations();
  const d = department;
  return (
    <ActionForm action={updateDepartmentAction} testId={`department-form-${d.code}`}>
      {(form) => (
        <div className="grid items-start gap-3 sm:grid-cols-[8rem_1fr_1fr_8rem_auto]">
          <input type="hidden" name="id" value={d.id} />
          <input type="hidden" name="version" value={d.version} />
          <p className="pt-8 font-mono text-sm">{d.code}</p>
          <Field id={`nameZh-${d.code}`} label={t("departments.fields.nameZh")} error={form.error("nameZh")}>
            {(aria) => <Input {...aria} name="nameZh" required maxLength={80} defaultValue={form.value("nameZh", d.nameZh)} />}
          </Field>
          <Field id={`nameEn-${d.code}`} label={t("departments.fields.nameEn")} error={form.error("nameEn")}>
            {(aria) => <Input {...aria} name="nameEn" required maxLength={80} defaultValue={form.value("nameEn", d.nameEn)} />}
          </Field>
          <Field id={`active-${d.code}`} label={t("users.fields.status")}>
            {(aria) => (
              <Select {...aria} name="active" defaultValue={form.value("active", String(d.active))}>
                <option value="true">{t("common.active")}</option>
                <option value="false">{t("common.inactive")}</option>
              </Select>
            )}
          </Field>
          <div className="pt-6">
            <Button type="submit" variant="secondary" disabled={form.pending}>{t("common.save")}</Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}
