"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { addMonthlyReviewActionAction, removeMonthlyReviewActionAction, saveMonthlyReviewAction, updateMonthlyReviewActionAction } from "../actions";

// The editor's side of the monthly review: summary and per-KPI comments in one form (version-checked), and the
// agreed actions, each row its own small form. Labels arrive translated from the server component.

type Labels = Record<
  "summary" | "summaryHint" | "commentFor" | "save" | "saving" | "actionTitle" | "owner" | "due" | "done" | "noOwner" | "add" | "update" | "remove" | "newAction",
  string
>;

export interface EditorKpi {
  id: string;
  name: string;
  comment: string;
}

export function ReviewForm({ month, version, summary, kpis, labels }: { month: string; version: number; summary: string; kpis: EditorKpi[]; labels: Labels }) {
  return (
    <ActionForm action={saveMonthlyReviewAction} testId="review-form" className="space-y-3">
      {(s) => (
        <>
          <input type="hidden" name="month" value={month} />
          <input type="hidden" name="version" value={version} />
          <Field id="summary" label={labels.summary} hint={labels.summaryHint} error={s.error("summary") ?? s.error("month")}>
            {(aria) => <textarea {...aria} name="summary" rows={5} maxLength={10000} defaultValue={s.value("summary", summary)} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />}
          </Field>
          <div className="grid gap-3 md:grid-cols-2">
            {kpis.map((k) => (
              <Field key={k.id} id={`comment_${k.id}`} label={labels.commentFor.replace("{name}", k.name)} error={s.error("comments")}>
                {(aria) => <textarea {...aria} name={`comment_${k.id}`} rows={2} maxLength={2000} defaultValue={s.value(`comment_${k.id}`, k.comment)} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />}
              </Field>
            ))}
          </div>
          <Button type="submit" disabled={s.pending} data-testid="review-save">{s.pending ? labels.saving : labels.save}</Button>
        </>
      )}
    </ActionForm>
  );
}

function OwnerSelect({ id, value, users, label, noOwner, error }: { id: string; value: string; users: { id: string; name: string }[]; label: string; noOwner: string; error?: string }) {
  return (
    <Field id={id} label={label} error={error}>
      {(aria) => (
        <Select {...aria} name="ownerId" defaultValue={value}>
          <option value="">{noOwner}</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </Select>
      )}
    </Field>
  );
}

export function AddActionForm({ month, users, labels }: { month: string; users: { id: string; name: string }[]; labels: Labels }) {
  return (
    <ActionForm action={addMonthlyReviewActionAction} testId="add-action-form" className="rounded-md border border-dashed border-slate-300 p-3">
      {(s) => (
        <div className="grid items-end gap-2 md:grid-cols-[2fr_1fr_1fr_auto]">
          <input type="hidden" name="month" value={month} />
          <Field id="new-title" label={labels.newAction} error={s.error("title") ?? s.error("month")}>
            {(aria) => <Input {...aria} name="title" maxLength={200} defaultValue={s.value("title", "")} />}
          </Field>
          <OwnerSelect id="new-owner" value={s.value("ownerId", "") ?? ""} users={users} label={labels.owner} noOwner={labels.noOwner} error={s.error("ownerId")} />
          <Field id="new-due" label={labels.due} error={s.error("dueDate")}>
            {(aria) => <Input {...aria} type="date" name="dueDate" defaultValue={s.value("dueDate", "")} />}
          </Field>
          <Button type="submit" disabled={s.pending} data-testid="add-action">{labels.add}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export interface EditorAction {
  id: string;
  title: string;
  ownerId: string | null;
  dueDate: string | null;
  done: boolean;
  stamp: string;
}

export function ActionRow({ action, users, labels }: { action: EditorAction; users: { id: string; name: string }[]; labels: Labels }) {
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="action-row">
      <ActionForm action={updateMonthlyReviewActionAction}>
        {(s) => (
          <div className="grid items-end gap-2 md:grid-cols-[2fr_1fr_1fr_auto_auto]">
            <input type="hidden" name="id" value={action.id} />
            <input type="hidden" name="stamp" value={action.stamp} />
            <Field id={`title-${action.id}`} label={labels.actionTitle} error={s.error("title")}>
              {(aria) => <Input {...aria} name="title" maxLength={200} defaultValue={s.value("title", action.title)} />}
            </Field>
            <OwnerSelect id={`owner-${action.id}`} value={s.value("ownerId", action.ownerId ?? "") ?? ""} users={users} label={labels.owner} noOwner={labels.noOwner} error={s.error("ownerId")} />
            <Field id={`due-${action.id}`} label={labels.due} error={s.error("dueDate")}>
              {(aria) => <Input {...aria} type="date" name="dueDate" defaultValue={s.value("dueDate", action.dueDate ?? "")} />}
            </Field>
            <label className="flex h-10 items-center gap-2 text-sm">
              <input type="checkbox" name="done" defaultChecked={s.value("done", action.done ? "on" : "") === "on"} className="h-4 w-4" data-testid="action-done" />
              {labels.done}
            </label>
            <Button type="submit" variant="secondary" disabled={s.pending} data-testid="action-update">{labels.update}</Button>
          </div>
        )}
      </ActionForm>
      <ActionForm action={removeMonthlyReviewActionAction} className="mt-1">
        {(s) => (
          <>
            <input type="hidden" name="id" value={action.id} />
            <input type="hidden" name="stamp" value={action.stamp} />
            <Button type="submit" variant="ghost" size="sm" disabled={s.pending} data-testid="action-remove">{labels.remove}</Button>
          </>
        )}
      </ActionForm>
    </li>
  );
}
