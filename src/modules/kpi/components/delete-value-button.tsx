"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/server/action";
import { deleteKpiValueAction } from "../actions";

/** Removes a mistaken value after a confirmation; the rollups and latest value follow on the server. */
export function DeleteValueButton({ kpiId, periodStart, version, label }: { kpiId: string; periodStart: string; version: number; label: string }) {
  const t = useTranslations("kpi.values");
  const [result, action, pending] = useActionState<ActionResult<{ kpiId: string; periodStart: string }> | null, FormData>(deleteKpiValueAction, null);
  return (
    <form action={action} onSubmit={(e) => { if (!window.confirm(t("confirmDelete", { period: label }))) e.preventDefault(); }} className="inline">
      <input type="hidden" name="kpiId" value={kpiId} />
      <input type="hidden" name="periodStart" value={periodStart} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="text-xs text-red-700 underline disabled:opacity-50" aria-label={t("deleteNamed", { period: label })}>
        {t("delete")}
      </button>
      {result && !result.ok ? <span role="alert" className="ml-2 text-xs text-red-700">{result.error}</span> : null}
    </form>
  );
}
