"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { createRoutingRuleAction, deleteRoutingRuleAction, moveRoutingRuleAction, updateRoutingRuleAction } from "../actions";
import { ERP_MODULES, ISSUE_TYPES } from "../constants";
import type { ActionResult } from "@/server/action";

type SaveRule = (prev: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

export interface GroupOption {
  id: string;
  label: string;
  memberIds: string[];
}

interface RuleValues {
  id: string;
  stamp: string;
  module: string;
  type: string;
  groupId: string;
  assigneeId: string;
}

/** Module, optional type → group, optional person; the person list follows the chosen group. */
export function RuleForm({ rule, groups, people }: { rule?: RuleValues; groups: GroupOption[]; people: { id: string; name: string }[] }) {
  const t = useTranslations("sla.routing");
  // Held above the form so the person list still matches the group after a refused save.
  const [groupId, setGroupId] = useState(rule?.groupId ?? groups[0]?.id ?? "");
  const members = new Set(groups.find((g) => g.id === groupId)?.memberIds ?? []);
  const prefix = rule ? `edit-${rule.id}` : "new-rule";
  return (
    <ActionForm action={(rule ? updateRoutingRuleAction : createRoutingRuleAction) as SaveRule} testId={rule ? "edit-rule-form" : "create-rule-form"}>
      {(form) => (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] lg:items-end">
          {rule ? (
            <>
              <input type="hidden" name="id" value={rule.id} />
              <input type="hidden" name="stamp" value={rule.stamp} />
            </>
          ) : null}
          <Field id={`${prefix}-module`} label={t("module")} error={form.error("module")}>
            {(a) => (
              <Select {...a} name="module" defaultValue={form.value("module", rule?.module ?? "")}>
                <option value="" disabled>{t("chooseModule")}</option>
                {ERP_MODULES.map((m) => <option key={m} value={m}>{t(`modules.${m}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id={`${prefix}-type`} label={t("type")} error={form.error("type")}>
            {(a) => (
              <Select {...a} name="type" defaultValue={form.value("type", rule?.type ?? "")}>
                <option value="">{t("anyType")}</option>
                {ISSUE_TYPES.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id={`${prefix}-group`} label={t("group")} error={form.error("groupId")}>
            {(a) => (
              <Select {...a} name="groupId" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                {groups.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
              </Select>
            )}
          </Field>
          <Field id={`${prefix}-assignee`} label={t("assignee")} error={form.error("assigneeId")}>
            {(a) => (
              <Select {...a} name="assigneeId" defaultValue={form.value("assigneeId", rule?.assigneeId ?? "")}>
                <option value="">{t("groupQueue")}</option>
                {people.filter((p) => members.has(p.id)).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </Select>
            )}
          </Field>
          <Button type="submit" disabled={form.pending || groups.length === 0}>{rule ? t("save") : t("add")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function MoveRuleButton({ id, position, direction, disabled, label }: { id: string; position: number; direction: "up" | "down"; disabled: boolean; label: string }) {
  return (
    <ActionForm action={moveRoutingRuleAction} className="inline-flex items-center">
      {(form) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="position" value={position} />
          <input type="hidden" name="direction" value={direction} />
          <Button type="submit" variant="ghost" size="sm" className="px-2" disabled={disabled || form.pending} aria-label={label} title={label}>
            {direction === "up" ? "↑" : "↓"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteRuleButton({ id, stamp, label }: { id: string; stamp: string; label: string }) {
  const t = useTranslations("sla.routing");
  return (
    <ActionForm action={deleteRoutingRuleAction} className="inline-flex items-center">
      {(form) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="stamp" value={stamp} />
          <button type="submit" disabled={form.pending} className="text-xs text-red-700 underline" aria-label={label}>{t("delete")}</button>
        </>
      )}
    </ActionForm>
  );
}
