"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { importTemplateJsonAction, saveProjectAsTemplateAction } from "../actions";
import { MAX_JSON_MB } from "../schemas";

/** Upload of a template .json (as exported); the name may come from the file. */
export function TemplateImportForm() {
  const t = useTranslations("planTransfer.template");
  return (
    <ActionForm action={importTemplateJsonAction} className="max-w-lg" testId="template-import-form">
      {(form) => (
        <div className="space-y-4">
          <Field id="template-import-file" label={t("file", { max: MAX_JSON_MB })} error={form.error("file")}>
            {(aria) => <Input {...aria} name="file" type="file" required accept=".json,application/json" />}
          </Field>
          <Field id="template-import-name" label={t("name")} hint={t("nameHint")} error={form.error("name")}>
            {(aria) => <Input {...aria} name="name" maxLength={120} defaultValue={form.value("name")} />}
          </Field>
          <Field id="template-import-description" label={t("description")} error={form.error("description")}>
            {(aria) => <Input {...aria} name="description" maxLength={2000} defaultValue={form.value("description")} />}
          </Field>
          <Button type="submit" disabled={form.pending}>
            {t("import")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}

/** Saves the project's current plan as a reusable template. */
export function SaveAsTemplateForm({ projectId }: { projectId: string }) {
  const t = useTranslations("planTransfer.template");
  return (
    <ActionForm action={saveProjectAsTemplateAction} className="max-w-lg" testId="save-as-template-form">
      {(form) => (
        <div className="space-y-4">
          <input type="hidden" name="projectId" value={projectId} />
          <Field id="save-template-name" label={t("name")} error={form.error("name") ?? form.error("projectId")}>
            {(aria) => <Input {...aria} name="name" required maxLength={120} defaultValue={form.value("name")} />}
          </Field>
          <Field id="save-template-description" label={t("description")} error={form.error("description")}>
            {(aria) => <Input {...aria} name="description" maxLength={2000} defaultValue={form.value("description")} />}
          </Field>
          <Button type="submit" disabled={form.pending}>
            {t("save")}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
