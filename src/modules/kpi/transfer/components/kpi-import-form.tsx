"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/server/action";
import { importKpiValuesAction } from "../actions";
import type { ImportOutcome } from "../definitions";
import { MAX_FILE_MB, MAX_ROWS } from "../limits";
import { ImportSummaryView, RowErrorTable } from "./import-results";

type Result = ActionResult<ImportOutcome>;

/**
 * Upload of KPI values. Row errors and the summary come back as data, so this form shows them itself.
 * Submitted by hand rather than through `action=`: React resets a form after its action, which would
 * clear the chosen file and untick "only check" behind the state's back; after an error both stay.
 */
export function KpiImportForm() {
  const t = useTranslations("kpiTransfer");
  const tRoot = useTranslations();
  const [validateOnly, setValidateOnly] = useState(false);
  const [result, submit, pending] = useActionState<Result | null, FormData>(async (_prev, form) => {
    const file = form.get("file");
    // Checked here too: a large file would otherwise be stopped by the server's body limit, unexplained.
    if (file instanceof File && file.size > MAX_FILE_MB * 1024 * 1024) {
      return { ok: false, error: tRoot("errors.validation"), fieldErrors: { file: t("form.fileTooLargeClient", { max: MAX_FILE_MB }) } };
    }
    return importKpiValuesAction(null, form);
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  const outcome = result?.ok ? result.data : null;
  const fileError = result && !result.ok ? result.fieldErrors?.file : undefined;

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="kpi-import-form" aria-busy={pending}>
        <Field id="kpi-import-file" label={t("form.file", { maxMb: MAX_FILE_MB, maxRows: MAX_ROWS.toLocaleString() })} error={fileError}>
          {(aria) => (
            <Input {...aria} name="file" type="file" required accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          )}
        </Field>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="validateOnly"
            checked={validateOnly}
            onChange={(e) => setValidateOnly(e.target.checked)}
            className="mt-0.5 h-4 w-4 rounded border-slate-300"
            data-testid="kpi-import-validate-only"
          />
          <span>
            {t("form.validateOnly")}
            <span className="block text-xs text-slate-500">{t("form.validateOnlyHint")}</span>
          </span>
        </label>
        <Button type="submit" disabled={pending} data-testid="kpi-import-submit">
          {pending ? <Spinner /> : null}
          {pending ? t("form.pending") : validateOnly ? t("form.submitCheck") : t("form.submit")}
        </Button>
      </form>

      <div aria-live="polite" className="space-y-3 empty:hidden">
        {result && !result.ok && !fileError ? <Alert tone="error" testId="form-error">{result.error}</Alert> : null}
        {outcome?.status === "invalid" ? (
          <>
            <Alert tone="error" testId="form-error">
              {t("result.invalid", { count: outcome.errorCount, rows: outcome.rows })}
              {outcome.errorCount > outcome.errors.length ? ` ${t("result.invalidMore", { shown: outcome.errors.length, count: outcome.errorCount })}` : null}
            </Alert>
            <RowErrorTable errors={outcome.errors} />
          </>
        ) : null}
        {outcome && outcome.status !== "invalid" ? (
          <>
            <Alert tone={outcome.status === "written" ? "success" : "info"} testId="form-success">
              {t(outcome.status === "written" ? "result.written" : "result.checked", { rows: outcome.summary.rows, kpis: outcome.summary.kpis })}
            </Alert>
            <ImportSummaryView summary={outcome.summary} />
          </>
        ) : null}
      </div>
    </div>
  );
}

function Spinner() {
  return <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />;
}
