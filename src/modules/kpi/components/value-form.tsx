"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { enterKpiValueAction } from "../actions";
import { type Frequency, formatKpiValue, grainOf, periodStart, unitLabel } from "../logic";
import { formatPeriod } from "./format";

export interface ValueFormProps {
  kpiId: string;
  frequency: Frequency;
  unit: string;
  decimals: number;
  today: string;
  /** Set when correcting a listed value: the form opens on it. */
  correcting?: { periodStart: string; value: number; note: string | null; version: number };
}

/** Snaps any picked day (or month) to the first day of the KPI's period holding it. */
function snap(picked: string, frequency: Frequency): string {
  if (!picked) return "";
  const day = /^\d{4}-\d{2}$/.test(picked) ? `${picked}-01` : picked;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? periodStart(day, grainOf(frequency)) : "";
}

/** Enter a period's value (or correct one); the period picker follows the KPI's frequency. */
export function ValueForm({ kpiId, frequency, unit, decimals, today, correcting }: ValueFormProps) {
  const t = useTranslations("kpi.values");
  const locale = useLocale();
  const monthly = frequency === "MONTHLY";
  const initial = correcting?.periodStart ?? periodStart(today, grainOf(frequency));
  // Held above the form so a refused save keeps the picked period.
  const [picked, setPicked] = useState(monthly ? initial.slice(0, 7) : initial);
  const period = snap(picked, frequency);
  return (
    <ActionForm action={enterKpiValueAction} testId="kpi-value-form">
      {(form) => (
        <div className="space-y-3">
          <input type="hidden" name="kpiId" value={kpiId} />
          <input type="hidden" name="periodStart" value={period} />
          {correcting && period === correcting.periodStart ? <input type="hidden" name="version" value={correcting.version} /> : null}
          <div className="grid gap-3 sm:grid-cols-[1fr_1fr]">
            <Field id="period-pick" label={t(`period.${frequency}`)} error={form.error("periodStart")}
              hint={period ? t("periodIs", { period: formatPeriod(period, frequency, locale) }) : undefined}>
              {(aria) => (
                <Input {...aria} type={monthly ? "month" : "date"} value={picked} max={monthly ? today.slice(0, 7) : today}
                  onChange={(e) => setPicked(e.target.value)} />
              )}
            </Field>
            <Field id="value" label={unitLabel(unit, locale) ? t("valueWithUnit", { unit: unitLabel(unit, locale) }) : t("value")} error={form.error("value")}>
              {(aria) => <Input {...aria} name="value" inputMode="decimal" required defaultValue={form.value("value", correcting ? String(correcting.value) : "")} />}
            </Field>
          </div>
          <Field id="note" label={t("note")} error={form.error("note")} hint={t("noteHint")}>
            {(aria) => (
              <textarea {...aria} name="note" rows={2} maxLength={1000} defaultValue={form.value("note", correcting?.note ?? "")}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30" />
            )}
          </Field>
          {correcting && period === correcting.periodStart ? (
            <p className="text-xs text-amber-800" data-testid="kpi-correcting">
              {t("correcting", { value: formatKpiValue(correcting.value, unit, decimals, locale) })}
            </p>
          ) : null}
          <Button type="submit" disabled={form.pending || !period}>{correcting ? t("saveCorrection") : t("save")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
