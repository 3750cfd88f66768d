"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { assignAction, markDuplicateAction, setPriorityAction, transitionAction } from "../actions";
import { PRIORITIES } from "../constants";
import { TEXTAREA } from "./file-issue-form";

interface Named { id: string; name: string }

/** The support desk's controls on one issue; each form carries the version it was rendered with. */
export function DeskForms({ issue, moves, assignees, groups }: {
  issue: { id: string; version: number; priority: string; assigneeId: string | null; groupId: string | null };
  moves: string[];
  assignees: Named[];
  groups: Named[];
}) {
  const t = useTranslations("issues");
  const hidden = (
    <>
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
    </>
  );
  return (
    <div className="space-y-4">
      {moves.length > 0 ? (
        <ActionForm action={transitionAction} className="space-y-2" testId="transition-form">
          {(s) => (
            <>
              {hidden}
              <Field id="to" label={t("desk.moveTo")} error={s.error("to")}>
                {(aria) => (
                  <Select {...aria} name="to" defaultValue={s.value("to", moves[0])}>
                    {moves.map((m) => <option key={m} value={m}>{t(`status.${m}`)}</option>)}
                  </Select>
                )}
              </Field>
              <Field id="move-comment" label={t("desk.moveComment")} error={s.error("comment")} hint={t("desk.moveCommentHint")}>
                {(aria) => <textarea {...aria} name="comment" rows={3} className={TEXTAREA} defaultValue={s.value("comment", "")} />}
              </Field>
              <Button type="submit" size="sm" disabled={s.pending}>{t("desk.applyMove")}</Button>
            </>
          )}
        </ActionForm>
      ) : null}
      <ActionForm action={assignAction} className="space-y-2" testId="assign-form">
        {(s) => (
          <>
            {hidden}
            <Field id="assigneeId" label={t("fields.assignee")} error={s.error("assigneeId")}>
              {(aria) => (
                <Select {...aria} name="assigneeId" defaultValue={s.value("assigneeId", issue.assigneeId ?? "")}>
                  <option value="">{t("unassigned")}</option>
                  {assignees.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                </Select>
              )}
            </Field>
            <Field id="groupId" label={t("fields.group")} error={s.error("groupId")}>
              {(aria) => (
                <Select {...aria} name="groupId" defaultValue={s.value("groupId", issue.groupId ?? "")}>
                  <option value="">—</option>
                  {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
                </Select>
              )}
            </Field>
            <Button type="submit" size="sm" variant="secondary" disabled={s.pending}>{t("desk.assign")}</Button>
          </>
        )}
      </ActionForm>
      <ActionForm action={setPriorityAction} className="space-y-2" testId="priority-form">
        {(s) => (
          <>
            {hidden}
            <Field id="priority" label={t("fields.priority")} error={s.error("priority")}>
              {(aria) => (
                <Select {...aria} name="priority" defaultValue={s.value("priority", issue.priority)}>
                  {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
                </Select>
              )}
            </Field>
            <Field id="reason" label={t("desk.priorityReason")} error={s.error("reason")}>
              {(aria) => <Input {...aria} name="reason" defaultValue={s.value("reason", "")} />}
            </Field>
            <Button type="submit" size="sm" variant="secondary" disabled={s.pending}>{t("desk.setPriority")}</Button>
          </>
        )}
      </ActionForm>
      <ActionForm action={markDuplicateAction} className="space-y-2" testId="duplicate-form">
        {(s) => (
          <>
            {hidden}
            <Field id="duplicateOf" label={t("desk.duplicateOf")} error={s.error("duplicateOf")} hint={t("desk.duplicateHint")}>
              {(aria) => <Input {...aria} name="duplicateOf" inputMode="numeric" placeholder="123" defaultValue={s.value("duplicateOf", "")} />}
            </Field>
            <Button type="submit" size="sm" variant="secondary" disabled={s.pending}>{t("desk.markDuplicate")}</Button>
          </>
        )}
      </ActionForm>
    </div>
  );
}
