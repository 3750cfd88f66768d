"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { addCalendarDayAction, importCalendarDaysAction, loadHolidayPresetAction, removeCalendarDayAction } from "../actions";
import { DAY_KINDS } from "../constants";

const TEXTAREA = "block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm aria-[invalid=true]:border-red-600";

export function AddDayForm({ calendarId, year }: { calendarId: string; year: number }) {
  const t = useTranslations("sla.days");
  return (
    <ActionForm action={addCalendarDayAction} testId="add-day-form">
      {(form) => (
        <div className="grid gap-3 sm:grid-cols-[10rem_9rem_1fr_auto] sm:items-end">
          <input type="hidden" name="calendarId" value={calendarId} />
          <Field id="day-date" label={t("date")} error={form.error("date")}>
            {(a) => <Input {...a} type="date" name="date" required min={`${year}-01-01`} max={`${year}-12-31`} defaultValue={form.value("date")} />}
          </Field>
          <Field id="day-kind" label={t("kind")} error={form.error("kind")}>
            {(a) => (
              <Select {...a} name="kind" defaultValue={form.value("kind", "HOLIDAY")}>
                {DAY_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id="day-name" label={t("name")} error={form.error("name")}>
            {(a) => <Input {...a} name="name" required maxLength={80} placeholder={t("namePlaceholder")} defaultValue={form.value("name")} />}
          </Field>
          <Button type="submit" disabled={form.pending}>{t("add")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function RemoveDayButton({ calendarId, date, label }: { calendarId: string; date: string; label: string }) {
  const t = useTranslations("sla.days");
  return (
    <ActionForm action={removeCalendarDayAction} className="inline">
      {(form) => (
        <>
          <input type="hidden" name="calendarId" value={calendarId} />
          <input type="hidden" name="date" value={date} />
          <button type="submit" disabled={form.pending} className="text-xs text-red-700 underline" aria-label={t("removeLabel", { day: label })}>
            {t("remove")}
          </button>
        </>
      )}
    </ActionForm>
  );
}

export function HolidayPresetForm({ calendarId, year }: { calendarId: string; year: number }) {
  const t = useTranslations("sla.days");
  return (
    <ActionForm action={loadHolidayPresetAction} testId={`preset-form-${year}`}>
      {(form) => (
        <div className="space-y-2">
          <input type="hidden" name="calendarId" value={calendarId} />
          <input type="hidden" name="year" value={year} />
          <p className="text-sm text-slate-600">{t("presetHint", { year })}</p>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("presetButton", { year })}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function ImportDaysForm({ calendarId }: { calendarId: string }) {
  const t = useTranslations("sla.days");
  return (
    <ActionForm action={importCalendarDaysAction} testId="import-days-form">
      {(form) => (
        <div className="space-y-2">
          <input type="hidden" name="calendarId" value={calendarId} />
          <Field id="import-text" label={t("importLabel")} error={form.error("text")} hint={t("importHint")}>
            {(a) => <textarea {...a} name="text" rows={6} maxLength={20_000} className={TEXTAREA} placeholder={"2026-10-01, 休, 国庆节\n2026-10-10, 班, 国庆节调休上班"} defaultValue={form.value("text")} />}
          </Field>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("importButton")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
