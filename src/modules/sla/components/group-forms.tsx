"use client";

import { useTranslations } from "next-intl";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { addGroupMemberAction, createGroupAction, removeGroupMemberAction, updateGroupAction } from "../actions";

export interface Person {
  id: string;
  name: string;
}

interface GroupValues {
  code: string;
  nameZh: string;
  nameEn: string;
  leadId: string;
  active: boolean;
}

function GroupFields({ form, values, staff, withCode }: { form: FormState; values: GroupValues; staff: Person[]; withCode: boolean }) {
  const t = useTranslations("sla.groups");
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {withCode ? (
        <Field id="group-code" label={t("code")} error={form.error("code")} hint={t("codeHint")}>
          {(a) => <Input {...a} name="code" required maxLength={40} defaultValue={form.value("code", values.code)} />}
        </Field>
      ) : null}
      <Field id="group-nameZh" label={t("nameZh")} error={form.error("nameZh")}>
        {(a) => <Input {...a} name="nameZh" required maxLength={80} defaultValue={form.value("nameZh", values.nameZh)} />}
      </Field>
      <Field id="group-nameEn" label={t("nameEn")} error={form.error("nameEn")}>
        {(a) => <Input {...a} name="nameEn" required maxLength={80} defaultValue={form.value("nameEn", values.nameEn)} />}
      </Field>
      <Field id="group-leadId" label={t("lead")} error={form.error("leadId")} hint={t("leadHint")}>
        {(a) => (
          <Select {...a} name="leadId" defaultValue={form.value("leadId", values.leadId)}>
            <option value="">{t("noLead")}</option>
            {staff.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </Select>
        )}
      </Field>
    </div>
  );
}

export function CreateGroupForm({ staff }: { staff: Person[] }) {
  const t = useTranslations("sla.groups");
  return (
    <ActionForm action={createGroupAction} redirectTo={(d) => `/support/settings/groups/${d.id}`} testId="create-group-form">
      {(form) => (
        <div className="space-y-4">
          <GroupFields form={form} values={{ code: "", nameZh: "", nameEn: "", leadId: "", active: true }} staff={staff} withCode />
          <Button type="submit" disabled={form.pending}>{t("create")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function GroupSettingsForm({ id, version, values, staff }: { id: string; version: number; values: GroupValues; staff: Person[] }) {
  const t = useTranslations("sla");
  return (
    <ActionForm action={updateGroupAction} testId="group-settings-form">
      {(form) => {
        const sent = form.value("nameZh") !== undefined;
        return (
          <div className="space-y-4">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <GroupFields form={form} values={values} staff={staff} withCode={false} />
            <div>
              <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-700">
                <input type="checkbox" name="active" className="h-4 w-4 rounded border-slate-300" defaultChecked={sent ? form.value("active") === "on" : values.active} />
                {t("groups.active")}
              </label>
              <p className="text-xs text-slate-500">{t("groups.activeHint")}</p>
            </div>
            <Button type="submit" disabled={form.pending}>{t("save")}</Button>
          </div>
        );
      }}
    </ActionForm>
  );
}

export function AddMemberForm({ groupId, candidates }: { groupId: string; candidates: Person[] }) {
  const t = useTranslations("sla.groups");
  if (candidates.length === 0) return <p className="text-sm text-slate-500">{t("noCandidates")}</p>;
  return (
    <ActionForm action={addGroupMemberAction} testId="add-member-form">
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="groupId" value={groupId} />
          <div className="min-w-56 flex-1">
            <Field id="member-userId" label={t("addMember")} error={form.error("userId")}>
              {(a) => (
                <Select {...a} name="userId" defaultValue={form.value("userId", "")}>
                  <option value="" disabled>{t("choosePerson")}</option>
                  {candidates.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </Select>
              )}
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("add")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function RemoveMemberButton({ groupId, userId, name }: { groupId: string; userId: string; name: string }) {
  const t = useTranslations("sla.groups");
  return (
    <ActionForm action={removeGroupMemberAction}>
      {(form) => (
        <>
          <input type="hidden" name="groupId" value={groupId} />
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" disabled={form.pending} className="text-xs text-red-700 underline" aria-label={t("removeLabel", { name })}>
            {t("remove")}
          </button>
        </>
      )}
    </ActionForm>
  );
}
