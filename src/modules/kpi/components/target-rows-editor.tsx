"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { MAX_TARGETS } from "../schemas";

export interface TargetRowState {
  key: number;
  dueDate: string;
  value: string;
  labelZh: string;
  labelEn: string;
}

let nextKey = 1000;
export const blankTargetRow = (): TargetRowState => ({ key: nextKey++, dueDate: "", value: "", labelZh: "", labelEn: "" });

/** The dated targets as editable rows; held by the form's parent so a refused save keeps them. */
export function TargetRowsEditor({ rows, onChange, error, unit }: { rows: TargetRowState[]; onChange: (rows: TargetRowState[]) => void; error?: string; unit: string }) {
  const t = useTranslations("kpi.form");
  const update = (key: number, field: keyof Omit<TargetRowState, "key">, value: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const payload = JSON.stringify(rows.map(({ key: _key, ...r }) => r));
  return (
    <fieldset className="space-y-2" aria-describedby="targets-hint" data-testid="kpi-targets">
      <legend className="text-sm font-medium text-slate-700">{t("targets")}</legend>
      <input type="hidden" name="targets" value={payload} />
      <p id="targets-hint" className="text-xs text-slate-500">{t("targetsHint")}</p>
      {rows.length ? (
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th className="py-1 pr-2 font-normal">{t("targetDue")}</th>
              <th className="py-1 pr-2 font-normal">{t("targetValue", { unit: unit || "—" })}</th>
              <th className="py-1 pr-2 font-normal">{t("targetLabelZh")}</th>
              <th className="py-1 pr-2 font-normal">{t("targetLabelEn")}</th>
              <th className="py-1 font-normal"><span className="sr-only">{t("removeTarget")}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key} data-testid="target-row">
                <td className="py-1 pr-2"><Input type="date" aria-label={t("rowLabel", { row: i + 1, field: t("targetDue") })} value={r.dueDate} onChange={(e) => update(r.key, "dueDate", e.target.value)} /></td>
                <td className="py-1 pr-2"><Input inputMode="decimal" aria-label={t("rowLabel", { row: i + 1, field: t("targetValueShort") })} value={r.value} onChange={(e) => update(r.key, "value", e.target.value)} /></td>
                <td className="py-1 pr-2"><Input maxLength={60} aria-label={t("rowLabel", { row: i + 1, field: t("targetLabelZh") })} value={r.labelZh} placeholder={t("labelZhPlaceholder")} onChange={(e) => update(r.key, "labelZh", e.target.value)} /></td>
                <td className="py-1 pr-2"><Input maxLength={60} aria-label={t("rowLabel", { row: i + 1, field: t("targetLabelEn") })} value={r.labelEn} placeholder={t("labelEnPlaceholder")} onChange={(e) => update(r.key, "labelEn", e.target.value)} /></td>
                <td className="py-1">
                  <Button variant="ghost" size="sm" onClick={() => onChange(rows.filter((x) => x.key !== r.key))} aria-label={t("removeTargetRow", { row: i + 1 })}>✕</Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-slate-600">{t("noTargets")}</p>
      )}
      {error ? <p className="text-xs text-red-700" role="alert" data-testid="targets-error">{error}</p> : null}
      <Button variant="secondary" size="sm" disabled={rows.length >= MAX_TARGETS} onClick={() => onChange([...rows, blankTargetRow()])}>
        + {t("addTarget")}
      </Button>
    </fieldset>
  );
}
