"use client";

import { useTranslations } from "next-intl";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createPolicyAction, updatePolicyAction, updateTargetsAction } from "../actions";
import { SLA_MODES } from "../constants";
import { clockText, hoursText } from "../format";
import { PRIORITIES } from "../priority";

export interface PolicyValues {
  code: string;
  nameZh: string;
  nameEn: string;
  mode: string;
  calendarId: string;
  isDefault: boolean;
  active: boolean;
  validFrom: string;
  validTo: string;
  sameDayCutoff: number | null;
  sameDayEnd: number | null;
}

export type TargetValues = Partial<Record<string, { firstResponseMinutes: number; resolutionMinutes: number }>>;

const CHECKBOX = "h-4 w-4 rounded border-slate-300";

function Checkbox({ form, name, label, checked, hint }: { form: FormState; name: string; label: string; checked: boolean; hint?: string }) {
  // A refused save echoes what was sent; an unticked box sends nothing, so "sent" is read from nameZh.
  const sent = form.value("nameZh") !== undefined;
  const id = `policy-${name}`;
  return (
    <div>
      <label htmlFor={id} className="inline-flex items-center gap-2 text-sm font-medium text-slate-700">
        <input id={id} type="checkbox" name={name} className={CHECKBOX} defaultChecked={sent ? form.value(name) === "on" : checked} aria-invalid={Boolean(form.error(name))} />
        {label}
      </label>
      {hint && !form.error(name) ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {form.error(name) ? <p className="text-xs text-red-700" data-testid={`${id}-error`}>{form.error(name)}</p> : null}
    </div>
  );
}

function PolicyFields({ form, values, calendars, withCode }: { form: FormState; values: PolicyValues; calendars: { id: string; label: string }[]; withCode: boolean }) {
  const t = useTranslations("sla.policies");
  const clock = (m: number | null) => (m === null ? "" : clockText(m));
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {withCode ? (
        <Field id="policy-code" label={t("code")} error={form.error("code")} hint={t("codeHint")}>
          {(a) => <Input {...a} name="code" required maxLength={40} defaultValue={form.value("code", values.code)} />}
        </Field>
      ) : null}
      <Field id="policy-nameZh" label={t("nameZh")} error={form.error("nameZh")}>
        {(a) => <Input {...a} name="nameZh" required maxLength={120} defaultValue={form.value("nameZh", values.nameZh)} />}
      </Field>
      <Field id="policy-nameEn" label={t("nameEn")} error={form.error("nameEn")}>
        {(a) => <Input {...a} name="nameEn" required maxLength={120} defaultValue={form.value("nameEn", values.nameEn)} />}
      </Field>
      <Field id="policy-mode" label={t("mode")} error={form.error("mode")} hint={t("modeHint")}>
        {(a) => (
          <Select {...a} name="mode" defaultValue={form.value("mode", values.mode)}>
            {SLA_MODES.map((m) => <option key={m} value={m}>{t(`modes.${m}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="policy-calendarId" label={t("calendar")} error={form.error("calendarId")} hint={t("calendarHint")}>
        {(a) => (
          <Select {...a} name="calendarId" defaultValue={form.value("calendarId", values.calendarId)}>
            <option value="">{t("noCalendar")}</option>
            {calendars.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </Select>
        )}
      </Field>
      <fieldset className="rounded-md border border-slate-200 p-3 md:col-span-2">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("window")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("windowHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="policy-validFrom" label={t("validFrom")} error={form.error("validFrom")}>
            {(a) => <Input {...a} type="date" name="validFrom" defaultValue={form.value("validFrom", values.validFrom)} />}
          </Field>
          <Field id="policy-validTo" label={t("validTo")} error={form.error("validTo")}>
            {(a) => <Input {...a} type="date" name="validTo" defaultValue={form.value("validTo", values.validTo)} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="rounded-md border border-slate-200 p-3 md:col-span-2">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("overnight")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("overnightHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="policy-sameDayCutoff" label={t("sameDayCutoff")} error={form.error("sameDayCutoff")}>
            {(a) => <Input {...a} type="time" name="sameDayCutoff" defaultValue={form.value("sameDayCutoff", clock(values.sameDayCutoff))} />}
          </Field>
          <Field id="policy-sameDayEnd" label={t("sameDayEnd")} error={form.error("sameDayEnd")}>
            {(a) => <Input {...a} type="time" name="sameDayEnd" defaultValue={form.value("sameDayEnd", clock(values.sameDayEnd))} />}
          </Field>
        </div>
      </fieldset>
      <Checkbox form={form} name="isDefault" label={t("isDefault")} checked={values.isDefault} hint={t("isDefaultHint")} />
      <Checkbox form={form} name="active" label={t("active")} checked={values.active} hint={t("activeHint")} />
    </div>
  );
}

/** Four priorities × two targets, typed in hours ("4", "0.5", "1:30" or "90m"). */
function TargetFields({ form, targets }: { form: FormState; targets: TargetValues }) {
  const t = useTranslations("sla.policies");
  const cell = (name: string, label: string, minutes: number | undefined) => (
    <td className="px-2 py-1.5 align-top">
      <Input
        id={`target-${name}`}
        name={name}
        aria-label={label}
        aria-invalid={Boolean(form.error(name))}
        aria-describedby={form.error(name) ? `target-${name}-error` : undefined}
        inputMode="decimal"
        className="w-28"
        defaultValue={form.value(name, minutes === undefined ? "" : hoursText(minutes))}
      />
      {form.error(name) ? <p id={`target-${name}-error`} className="mt-1 max-w-48 text-xs text-red-700">{form.error(name)}</p> : null}
    </td>
  );
  return (
    <div>
      <table className="text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="px-2 py-1 font-medium">{t("priority")}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t("firstResponseHours")}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t("resolutionHours")}</th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((p) => (
            <tr key={p}>
              <th scope="row" className="whitespace-nowrap px-2 pb-1.5 pt-3.5 text-left align-top font-medium">{t(`priorities.${p}`)}</th>
              {cell(`fr_${p}`, t("targetLabel", { priority: p, metric: t("firstResponse") }), targets[p]?.firstResponseMinutes)}
              {cell(`res_${p}`, t("targetLabel", { priority: p, metric: t("resolution") }), targets[p]?.resolutionMinutes)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500">{t("targetsHint")}</p>
    </div>
  );
}

export function CreatePolicyForm({ calendars }: { calendars: { id: string; label: string }[] }) {
  const t = useTranslations("sla.policies");
  const blank: PolicyValues = { code: "", nameZh: "", nameEn: "", mode: "BUSINESS", calendarId: calendars[0]?.id ?? "", isDefault: false, active: true, validFrom: "", validTo: "", sameDayCutoff: null, sameDayEnd: null };
  return (
    <ActionForm action={createPolicyAction} redirectTo={(d) => `/support/settings/policies/${d.id}`} testId="create-policy-form">
      {(form) => (
        <div className="space-y-4">
          <PolicyFields form={form} values={blank} calendars={calendars} withCode />
          <TargetFields form={form} targets={{}} />
          <Button type="submit" disabled={form.pending}>{t("create")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function PolicySettingsForm({ id, version, values, calendars }: { id: string; version: number; values: PolicyValues; calendars: { id: string; label: string }[] }) {
  const t = useTranslations("sla");
  return (
    <ActionForm action={updatePolicyAction} testId="policy-settings-form">
      {(form) => (
        <div className="space-y-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <PolicyFields form={form} values={values} calendars={calendars} withCode={false} />
          <Button type="submit" disabled={form.pending}>{t("save")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function TargetsForm({ id, version, targets }: { id: string; version: number; targets: TargetValues }) {
  const t = useTranslations("sla.policies");
  return (
    <ActionForm action={updateTargetsAction} testId="targets-form">
      {(form) => (
        <div className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <TargetFields form={form} targets={targets} />
          <Button type="submit" disabled={form.pending}>{t("saveTargets")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
