"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createCalendarAction, deleteCalendarAction, updateCalendarAction } from "../actions";
import { WEEKDAYS } from "../constants";
import { clockText } from "../format";

export interface CalendarValues {
  id: string;
  version: number;
  code: string;
  name: string;
  timeZone: string;
  workDays: number[];
  workStart: number;
  workEnd: number;
  lunchStart: number | null;
  lunchEnd: number | null;
}

// Zones people here pick from; any IANA name may be typed.
const ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/Berlin", "Europe/London", "America/New_York", "UTC"];

/** Ticked days live above the form, so a refused save (which remounts the fields) keeps them. */
interface WorkDayState {
  value: number[];
  set: (days: number[]) => void;
}

function useWorkDays(initial: number[]): WorkDayState {
  const [value, set] = useState(initial);
  return { value, set };
}

/** The calendar's week and hours; also used to create one (then with a code). */
function CalendarFields({ form, values, withCode, days }: { form: FormState; values: Omit<CalendarValues, "id" | "version">; withCode: boolean; days: WorkDayState }) {
  const t = useTranslations("sla.calendars");
  const tw = useTranslations("sla.weekdays");
  const clock = (m: number | null) => (m === null ? "" : clockText(m));
  const time = (name: string, label: string, value: number | null, hint?: string) => (
    <Field id={`${withCode ? "new-" : ""}${name}`} label={label} error={form.error(name)} hint={hint}>
      {(a) => <Input {...a} type="time" name={name} defaultValue={form.value(name, clock(value))} />}
    </Field>
  );
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {withCode ? (
        <Field id="new-code" label={t("code")} error={form.error("code")} hint={t("codeHint")}>
          {(a) => <Input {...a} name="code" required maxLength={40} defaultValue={form.value("code", values.code)} />}
        </Field>
      ) : null}
      <Field id={`${withCode ? "new-" : ""}name`} label={t("name")} error={form.error("name")}>
        {(a) => <Input {...a} name="name" required maxLength={120} defaultValue={form.value("name", values.name)} />}
      </Field>
      <Field id={`${withCode ? "new-" : ""}timeZone`} label={t("timeZone")} error={form.error("timeZone")} hint={t("timeZoneHint")}>
        {(a) => <Input {...a} name="timeZone" list="sla-zones" required maxLength={64} defaultValue={form.value("timeZone", values.timeZone)} />}
      </Field>
      <datalist id="sla-zones">{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
      <fieldset className="md:col-span-2" aria-describedby={form.error("workDays") ? "workDays-error" : undefined}>
        <legend className="mb-1 block text-sm font-medium text-slate-700">{t("workDays")}</legend>
        <div className="flex flex-wrap gap-3">
          {WEEKDAYS.map((d) => (
            <label key={d} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                name="workDays"
                value={d}
                checked={days.value.includes(d)}
                onChange={(e) => days.set(e.target.checked ? [...days.value, d] : days.value.filter((x) => x !== d))}
                className="h-4 w-4 rounded border-slate-300"
              />
              {tw(String(d))}
            </label>
          ))}
        </div>
        {form.error("workDays") ? <p id="workDays-error" className="mt-1 text-xs text-red-700">{form.error("workDays")}</p> : null}
      </fieldset>
      {time("workStart", t("workStart"), values.workStart)}
      {time("workEnd", t("workEnd"), values.workEnd)}
      {time("lunchStart", t("lunchStart"), values.lunchStart ?? null, t("lunchHint"))}
      {time("lunchEnd", t("lunchEnd"), values.lunchEnd ?? null)}
    </div>
  );
}

export function CreateCalendarForm({ timeZone }: { timeZone: string }) {
  const t = useTranslations("sla.calendars");
  const blank = { code: "", name: "", timeZone, workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080, lunchStart: 720, lunchEnd: 810 };
  const days = useWorkDays(blank.workDays);
  return (
    <ActionForm action={createCalendarAction} redirectTo={(d) => `/support/settings/calendars/${d.id}`} testId="create-calendar-form">
      {(form) => (
        <div className="space-y-4">
          <CalendarFields form={form} values={blank} withCode days={days} />
          <Button type="submit" disabled={form.pending}>{t("create")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function CalendarHoursForm({ calendar }: { calendar: CalendarValues }) {
  const t = useTranslations("sla");
  const days = useWorkDays(calendar.workDays);
  return (
    <ActionForm action={updateCalendarAction} testId="calendar-hours-form">
      {(form) => (
        <div className="space-y-4">
          <input type="hidden" name="id" value={calendar.id} />
          <input type="hidden" name="version" value={calendar.version} />
          <CalendarFields form={form} values={calendar} withCode={false} days={days} />
          <Button type="submit" disabled={form.pending}>{t("save")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function DeleteCalendarForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("sla.calendars");
  return (
    <ActionForm action={deleteCalendarAction} redirectTo={() => "/support/settings/calendars"} testId="delete-calendar-form">
      {(form) => (
        <div className="space-y-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <p className="text-sm text-slate-600">{t("deleteHint")}</p>
          <Button type="submit" variant="danger" disabled={form.pending}>{t("delete")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
