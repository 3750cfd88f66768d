"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createProjectAction } from "../actions";

export function CreateProjectForm({ templates, defaultStart }: { templates: { id: string; name: string }[]; defaultStart: string }) {
  const t = useTranslations("plan.project");
  return (
    <ActionForm action={createProjectAction} redirectTo={(d) => `/plan/${d.id}`} testId="create-project-form">
      {(form) => (
        <div className="grid items-start gap-3 md:grid-cols-2">
          <Field id="templateId" label={t("template")} error={form.error("templateId")}>
            {(aria) => (
              <Select {...aria} name="templateId" defaultValue={form.value("templateId", templates[0]?.id)}>
                {templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
              </Select>
            )}
          </Field>
          <Field id="startDate" label={t("startDate")} error={form.error("startDate")} hint={t("startDateHint")}>
            {(aria) => <Input {...aria} name="startDate" type="date" required defaultValue={form.value("startDate", defaultStart)} />}
          </Field>
          <Field id="code" label={t("code")} error={form.error("code")} hint={t("codeHint")}>
            {(aria) => <Input {...aria} name="code" required maxLength={40} defaultValue={form.value("code")} />}
          </Field>
          <Field id="name" label={t("name")} error={form.error("name")}>
            {(aria) => <Input {...aria} name="name" required maxLength={160} defaultValue={form.value("name")} />}
          </Field>
          <div className="md:col-span-2">
            <Field id="description" label={t("description")} error={form.error("description")}>
              {(aria) => <textarea {...aria} name="description" rows={2} maxLength={4000} defaultValue={form.value("description")} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />}
            </Field>
          </div>
          <div><Button type="submit" disabled={form.pending}>{form.pending ? t("creating") : t("create")}</Button></div>
        </div>
      )}
    </ActionForm>
  );
}
