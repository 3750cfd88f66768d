"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { recordGateReviewAction, recordGoLiveAction, saveBaselineAction, startPhaseAction, updateCutoverItemAction, updateGateCriterionAction } from "../actions";

export function GateReviewForm({ phaseId }: { phaseId: string }) {
  const t = useTranslations("plan.gate");
  return (
    <ActionForm action={recordGateReviewAction} testId={`gate-form-${phaseId}`}>
      {(form) => (
        <div className="grid gap-2 md:grid-cols-[14rem_1fr]">
          <input type="hidden" name="phaseId" value={phaseId} />
          <Field id={`decision-${phaseId}`} label={t("decision")} error={form.error("decision")}>
            {(a) => (
              <Select {...a} name="decision" defaultValue={form.value("decision", "PASS")}>
                {(["PASS", "PASS_WITH_CONDITIONS", "FAIL"] as const).map((d) => <option key={d} value={d}>{t(`decisions.${d}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id={`conditions-${phaseId}`} label={t("conditions")} error={form.error("conditions")}>{(a) => <Input {...a} name="conditions" maxLength={4000} defaultValue={form.value("conditions")} />}</Field>
          <div className="md:col-span-2"><Field id={`notes-${phaseId}`} label={t("notes")}>{(a) => <Input {...a} name="notes" maxLength={4000} defaultValue={form.value("notes")} />}</Field></div>
          <div><Button type="submit" disabled={form.pending}>{t("record")}</Button></div>
        </div>
      )}
    </ActionForm>
  );
}

export function StartPhaseForm({ phaseId, version, mayOverride, gateOpen }: { phaseId: string; version: number; mayOverride: boolean; gateOpen: boolean }) {
  const t = useTranslations("plan.phase");
  return (
    <ActionForm action={startPhaseAction} testId={`start-phase-${phaseId}`}>
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="phaseId" value={phaseId} />
          <input type="hidden" name="version" value={version} />
          {gateOpen && mayOverride ? (
            <div className="min-w-72 flex-1">
              <Field id={`override-${phaseId}`} label={t("overrideReason")} error={form.error("overrideReason")} hint={t("overrideHint")}>{(a) => <Input {...a} name="overrideReason" maxLength={2000} defaultValue={form.value("overrideReason")} />}</Field>
            </div>
          ) : null}
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("start")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function BaselineForm({ projectId, defaultName }: { projectId: string; defaultName: string }) {
  const t = useTranslations("plan.baseline");
  return (
    <ActionForm action={saveBaselineAction} testId="baseline-form">
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="projectId" value={projectId} />
          <Field id="baselineName" label={t("name")} error={form.error("name")}>{(a) => <Input {...a} name="name" maxLength={120} defaultValue={form.value("name", defaultName)} />}</Field>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("save")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function CutoverItemForm({ item }: { item: { id: string; version: number; status: string; evidenceUrl: string; evidenceNote: string } }) {
  const t = useTranslations("plan.readiness");
  return (
    <ActionForm action={updateCutoverItemAction} testId={`cutover-${item.id}`}>
      {(form) => (
        <div className="grid gap-2 md:grid-cols-[9rem_1fr_1fr_auto] md:items-end">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <Field id={`status-${item.id}`} label={t("status")}>
            {(a) => (
              <Select {...a} name="status" defaultValue={form.value("status", item.status)}>
                {(["OPEN", "DONE", "WAIVED"] as const).map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id={`note-${item.id}`} label={t("evidenceNote")} error={form.error("evidenceNote")}>{(a) => <Input {...a} name="evidenceNote" maxLength={2000} defaultValue={form.value("evidenceNote", item.evidenceNote)} />}</Field>
          <Field id={`url-${item.id}`} label={t("evidenceUrl")} error={form.error("evidenceUrl")}>{(a) => <Input {...a} type="url" name="evidenceUrl" defaultValue={form.value("evidenceUrl", item.evidenceUrl)} />}</Field>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("save")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function GoLiveForm({ projectId, version, defaultDate, mayOverride, blocked }: { projectId: string; version: number; defaultDate: string; mayOverride: boolean; blocked: boolean }) {
  const t = useTranslations("plan.goLive");
  return (
    <ActionForm action={recordGoLiveAction} testId="go-live-form">
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="version" value={version} />
          <Field id="goLiveDate" label={t("date")} error={form.error("date")}>{(a) => <Input {...a} type="date" name="date" defaultValue={form.value("date", defaultDate)} />}</Field>
          {blocked && mayOverride ? (
            <div className="min-w-72 flex-1">
              <Field id="goLiveOverride" label={t("overrideReason")} error={form.error("overrideReason")}>{(a) => <Input {...a} name="overrideReason" maxLength={2000} defaultValue={form.value("overrideReason")} />}</Field>
            </div>
          ) : null}
          <Button type="submit" disabled={form.pending}>{t("record")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function GateCriterionForm({ criterion }: { criterion: { id: string; actual: number | null; met: boolean | null; hasThreshold: boolean } }) {
  const t = useTranslations("plan.gate");
  return (
    <ActionForm action={updateGateCriterionAction} className="inline-block">
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="id" value={criterion.id} />
          {criterion.hasThreshold ? (
            <Field id={`actual-${criterion.id}`} label={t("actualValue")} error={form.error("actual")}>{(a) => <Input {...a} name="actual" type="number" step="any" className="w-28" defaultValue={form.value("actual", criterion.actual === null ? "" : String(criterion.actual))} />}</Field>
          ) : null}
          <Field id={`met-${criterion.id}`} label={t("met")}>
            {(a) => (
              <Select {...a} name="met" defaultValue={form.value("met", criterion.met === null ? "" : String(criterion.met))}>
                <option value="">{t("metUnknown")}</option>
                <option value="true">{t("metYes")}</option>
                <option value="false">{t("metNo")}</option>
              </Select>
            )}
          </Field>
          <Button type="submit" size="sm" variant="secondary" disabled={form.pending}>{t("updateCriterion")}</Button>
        </div>
      )}
    </ActionForm>
  );
}
