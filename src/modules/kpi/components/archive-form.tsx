"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setKpiActiveAction } from "../actions";

/** Archive (stop expecting values, hide from boards) or restore a KPI; its history stays. */
export function ArchiveForm({ id, version, active }: { id: string; version: number; active: boolean }) {
  const t = useTranslations("kpi.archive");
  return (
    <ActionForm action={setKpiActiveAction} redirectTo={(d) => `/kpis/${d.id}`} testId="kpi-archive">
      {(form) => (
        <div className="flex items-center gap-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <span className="max-w-xs text-xs text-slate-500">{active ? t("archiveHint") : t("restoreHint")}</span>
          <Button type="submit" variant="secondary" disabled={form.pending}>{active ? t("archive") : t("restore")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
