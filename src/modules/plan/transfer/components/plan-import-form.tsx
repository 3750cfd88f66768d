"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/server/action";
import { importPlanXlsxAction } from "../actions";
import type { PlanImportResult } from "../definitions";
import { MAX_XLSX_MB } from "../schemas";
import type { RowError } from "../validate";

interface State {
  result: ActionResult<PlanImportResult>;
  /** What was typed, shown again after any failure (the browser clears the file itself). */
  values: { code: string; name: string };
}

/**
 * Upload of an .xlsx plan as a new project. Row errors come back as data, so this form shows them
 * itself instead of using ActionForm; on success it opens the new project.
 */
export function PlanImportForm() {
  const t = useTranslations();
  const router = useRouter();
  const [state, submit, pending] = useActionState<State | null, FormData>(async (_prev, form) => {
    const values = { code: String(form.get("code") ?? ""), name: String(form.get("name") ?? "") };
    const file = form.get("file");
    // Checked here too: a large file would otherwise be stopped by the server's body limit, unexplained.
    if (file instanceof File && file.size > MAX_XLSX_MB * 1024 * 1024) {
      return { values, result: { ok: false, error: t("errors.validation"), fieldErrors: { file: t("planTransfer.errors.fileTooLarge", { max: MAX_XLSX_MB }) } } };
    }
    return { values, result: await importPlanXlsxAction(null, form) };
  }, null);

  const result = state?.result;
  const done = result?.ok && result.data.created ? result.data : null;
  const rowErrors = result?.ok && !result.data.created ? result.data.errors : null;
  useEffect(() => {
    if (done) router.push(`/plan/${done.projectId}`);
  }, [done, router]);
  const fieldError = (field: string) => (result && !result.ok ? result.fieldErrors?.[field] : undefined);

  return (
    <form action={submit} noValidate className="space-y-4" data-testid="plan-import-form">
      <div aria-live="polite" className="space-y-3 empty:hidden">
        {result && !result.ok ? <Alert tone="error" testId="form-error">{result.error}</Alert> : null}
        {rowErrors ? <Alert tone="error" testId="form-error">{t("planTransfer.import.failed", { count: rowErrors.length })}</Alert> : null}
        {done ? <Alert tone="success" testId="form-success">{t("planTransfer.import.done", { code: done.code, tasks: done.taskCount })}</Alert> : null}
      </div>
      <p className="text-sm text-slate-600">{t("planTransfer.import.hint")}</p>
      {/* Remounted per result so the inputs show the typed values again. */}
      <div key={state ? JSON.stringify(state.values) + String(result?.ok) : "initial"} className="space-y-4">
        <Field id="plan-import-file" label={t("planTransfer.import.file", { max: MAX_XLSX_MB })} error={fieldError("file")}>
          {(aria) => <Input {...aria} name="file" type="file" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />}
        </Field>
        <Field id="plan-import-code" label={t("planTransfer.import.code")} error={fieldError("code")}>
          {(aria) => <Input {...aria} name="code" required maxLength={40} defaultValue={state?.values.code} />}
        </Field>
        <Field id="plan-import-name" label={t("planTransfer.import.name")} error={fieldError("name")}>
          {(aria) => <Input {...aria} name="name" required maxLength={160} defaultValue={state?.values.name} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("planTransfer.import.pending") : t("planTransfer.import.submit")}
      </Button>
      {rowErrors ? <RowErrorTable errors={rowErrors} /> : null}
    </form>
  );
}

function RowErrorTable({ errors }: { errors: RowError[] }) {
  const t = useTranslations();
  return (
    <div data-testid="plan-import-errors">
      <Table caption={t("planTransfer.import.errorsCaption")}>
        <thead>
          <tr>
            <Th>{t("planTransfer.import.sheet")}</Th>
            <Th>{t("planTransfer.import.row")}</Th>
            <Th>{t("planTransfer.import.column")}</Th>
            <Th>{t("planTransfer.import.message")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((e, i) => (
            <tr key={i}>
              <Td className="whitespace-nowrap">{e.sheet ?? t("planTransfer.sheets.plan")}</Td>
              <Td className="tabular-nums">{e.row ?? "—"}</Td>
              <Td className="whitespace-nowrap">{e.column ? t(`planTransfer.columns.${e.column}`) : "—"}</Td>
              <Td>{t(e.key, e.params)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
