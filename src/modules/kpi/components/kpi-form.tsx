"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createKpiAction, updateKpiAction } from "../actions";
import { EDITABLE_SOURCES } from "../schemas";
import { kpiName } from "./format";
import { blankTargetRow, TargetRowsEditor, type TargetRowState } from "./target-rows-editor";

export interface EditableKpi {
  id: string;
  version: number;
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  unit: string;
  decimals: number;
  direction: string;
  frequency: string;
  source: string;
  computation: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  greenWithinPct: number;
  amberWithinPct: number;
  graceDays: number;
  ownerId: string | null;
  departmentId: string | null;
  targets: { dueDate: string; value: number; labelZh: string; labelEn: string }[];
}

export interface FormOptions {
  owners: { id: string; name: string; department: { nameZh: string; nameEn: string } }[];
  departments: { id: string; nameZh: string; nameEn: string }[];
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** Define a KPI (no `kpi`) or edit one; on success the manager lands on the KPI's page. */
export function KpiForm({ kpi, options }: { kpi?: EditableKpi; options: FormOptions }) {
  const t = useTranslations("kpi");
  const locale = useLocale();
  const action = (kpi ? updateKpiAction : createKpiAction) as typeof createKpiAction;
  // Held above the form: ActionForm remounts its fields after a refused save, and rows must survive that.
  const [rows, setRows] = useState<TargetRowState[]>(() =>
    kpi?.targets.length ? kpi.targets.map((r) => ({ ...blankTargetRow(), ...r, value: String(r.value) })) : [blankTargetRow()],
  );
  const [unit, setUnit] = useState(kpi?.unit ?? "%");
  return (
    <ActionForm action={action} redirectTo={(d) => `/kpis/${d.id}`} testId="kpi-form">
      {(form) => (
        <div className="space-y-6">
          {kpi ? (
            <>
              <input type="hidden" name="id" value={kpi.id} />
              <input type="hidden" name="version" value={kpi.version} />
            </>
          ) : null}
          <Section title={t("form.identity")}>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField form={form} name="code" label={t("fields.code")} value={kpi?.code} hint={t("form.codeHint")} maxLength={40} className="font-mono uppercase" />
              <TextField form={form} name="nameZh" label={t("fields.nameZh")} value={kpi?.nameZh} maxLength={120} />
              <TextField form={form} name="nameEn" label={t("fields.nameEn")} value={kpi?.nameEn} maxLength={120} />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextArea form={form} name="definitionZh" label={t("fields.definitionZh")} value={kpi?.definitionZh} />
              <TextArea form={form} name="definitionEn" label={t("fields.definitionEn")} value={kpi?.definitionEn} />
            </div>
          </Section>
          <Section title={t("form.measure")}>
            <div className="grid gap-4 sm:grid-cols-4">
              <Field id="unit" label={t("fields.unit")} error={form.error("unit")} hint={t("form.unitHint")}>
                {(aria) => <Input {...aria} name="unit" maxLength={20} value={unit} onChange={(e) => setUnit(e.target.value)} />}
              </Field>
              <TextField form={form} name="decimals" label={t("fields.decimals")} value={str(kpi?.decimals ?? 1)} type="number" min={0} max={4} />
              <ChoiceField form={form} name="direction" label={t("fields.direction")} value={kpi?.direction ?? "HIGHER_IS_BETTER"}
                options={["HIGHER_IS_BETTER", "LOWER_IS_BETTER"].map((d) => [d, t(`directions.${d}`)])} />
              <ChoiceField form={form} name="frequency" label={t("fields.frequency")} value={kpi?.frequency ?? "MONTHLY"}
                options={["DAILY", "WEEKLY", "MONTHLY"].map((d) => [d, t(`frequencies.${d}`)])} />
            </div>
            <div className="grid gap-4 sm:grid-cols-4">
              {kpi?.source === "COMPUTED" ? (
                <div className="space-y-1 sm:col-span-2" data-testid="kpi-computed-source">
                  <input type="hidden" name="source" value="ENTERED" />
                  <p className="text-sm font-medium text-slate-700">{t("fields.source")}</p>
                  <p className="text-sm text-slate-800">{t("sources.COMPUTED")} · <code>{kpi.computation ?? "—"}</code></p>
                  <p className="text-xs text-slate-500">{t("form.computedHint")}</p>
                </div>
              ) : (
                <ChoiceField form={form} name="source" label={t("fields.source")} value={kpi?.source ?? "ENTERED"} hint={t("form.sourceHint")}
                  options={EDITABLE_SOURCES.map((s) => [s, t(`sources.${s}`)])} />
              )}
              <TextField form={form} name="graceDays" label={t("fields.graceDays")} value={str(kpi?.graceDays ?? 3)} type="number" min={0} max={90} hint={t("form.graceHint")} />
            </div>
          </Section>
          <Section title={t("form.baselineAndTargets")}>
            <div className="grid gap-4 sm:grid-cols-4">
              <TextField form={form} name="baselineValue" label={t("fields.baselineValue")} value={str(kpi?.baselineValue)} inputMode="decimal" />
              <TextField form={form} name="baselineDate" label={t("fields.baselineDate")} value={kpi?.baselineDate ?? ""} type="date" />
            </div>
            <TargetRowsEditor rows={rows} onChange={setRows} error={form.error("targets")} unit={unit} />
          </Section>
          <Section title={t("form.thresholds")}>
            <p className="text-sm text-slate-600" id="thresholds-explained">{t("form.thresholdsHint")}</p>
            <div className="grid gap-4 sm:grid-cols-4">
              <TextField form={form} name="greenWithinPct" label={t("fields.greenWithinPct")} value={str(kpi?.greenWithinPct ?? 0)} inputMode="decimal" />
              <TextField form={form} name="amberWithinPct" label={t("fields.amberWithinPct")} value={str(kpi?.amberWithinPct ?? 10)} inputMode="decimal" />
            </div>
          </Section>
          <Section title={t("form.responsibility")}>
            <div className="grid gap-4 sm:grid-cols-2">
              <OwnerField form={form} value={kpi?.ownerId ?? ""} options={options} />
              <ChoiceField form={form} name="departmentId" label={t("fields.department")} value={kpi?.departmentId ?? ""}
                options={[["", t("companyWide")], ...options.departments.map((d): [string, string] => [d.id, kpiName(d, locale)])]} />
            </div>
          </Section>
          <div className="flex gap-2 border-t border-slate-200 pt-4">
            <Button type="submit" disabled={form.pending}>{kpi ? t("form.save") : t("form.create")}</Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-base font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

type TextFieldProps = { form: FormState; name: string; label: string; value?: string; hint?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "form">;

function TextField({ form, name, label, value, hint, ...rest }: TextFieldProps) {
  return (
    <Field id={name} label={label} error={form.error(name)} hint={hint}>
      {(aria) => <Input {...aria} {...rest} name={name} defaultValue={form.value(name, value ?? "")} />}
    </Field>
  );
}

function TextArea({ form, name, label, value }: { form: FormState; name: string; label: string; value?: string }) {
  return (
    <Field id={name} label={label} error={form.error(name)}>
      {(aria) => (
        <textarea {...aria} name={name} rows={3} maxLength={4000} defaultValue={form.value(name, value ?? "")}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30" />
      )}
    </Field>
  );
}

function ChoiceField({ form, name, label, value, options, hint }: { form: FormState; name: string; label: string; value: string; options: [string, string][]; hint?: string }) {
  return (
    <Field id={name} label={label} error={form.error(name)} hint={hint}>
      {(aria) => (
        <Select {...aria} name={name} defaultValue={form.value(name, value)}>
          {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </Select>
      )}
    </Field>
  );
}

/** Users grouped by department, so a name that exists twice is still told apart. */
function OwnerField({ form, value, options }: { form: FormState; value: string; options: FormOptions }) {
  const t = useTranslations("kpi");
  const locale = useLocale();
  const groups = new Map<string, FormOptions["owners"]>();
  for (const o of options.owners) {
    const dept = kpiName(o.department, locale);
    groups.set(dept, [...(groups.get(dept) ?? []), o]);
  }
  return (
    <Field id="ownerId" label={t("fields.owner")} error={form.error("ownerId")} hint={t("form.ownerHint")}>
      {(aria) => (
        <Select {...aria} name="ownerId" defaultValue={form.value("ownerId", value)}>
          <option value="">{t("form.noOwner")}</option>
          {[...groups].map(([dept, users]) => (
            <optgroup key={dept} label={dept}>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </optgroup>
          ))}
        </Select>
      )}
    </Field>
  );
}
