"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action";
import { recomputeMetricsAction } from "../actions";

type RecomputeResult = ActionResult<{ issueStatRows: number; kpiValues: number }>;

/**
 * "Recompute now" for people with kpi.manage (the page decides whether to show it; the action checks
 * again): rebuilds the dashboards' issue figures and the computed KPIs without waiting for the job.
 */
export function RecomputeButton() {
  const t = useTranslations("metrics.recompute");
  const [result, action, pending] = useActionState<RecomputeResult | null, FormData>(recomputeMetricsAction, null);
  return (
    <form action={action} className="flex max-w-xl flex-col items-start gap-2" data-testid="metrics-recompute">
      <input type="hidden" name="confirm" value="recompute" />
      <p className="text-xs text-slate-600">{t("hint")}</p>
      <Button type="submit" variant="secondary" size="sm" disabled={pending} data-testid="metrics-recompute-button">
        {pending ? t("pending") : t("button")}
      </Button>
      <div aria-live="polite" className="empty:hidden">
        {result && !result.ok ? <Alert tone="error" testId="form-error">{result.error}</Alert> : null}
        {result?.ok ? (
          <Alert tone="success" testId="form-success">
            {result.message} {t("done", { rows: result.data.issueStatRows, values: result.data.kpiValues })}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
