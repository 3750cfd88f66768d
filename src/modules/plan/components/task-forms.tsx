"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { addCommentAction, addDependencyAction, removeDependencyAction, reportProgressAction, updateTaskAction } from "../actions";

const TEXTAREA = "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE"] as const;

interface TaskValues {
  id: string;
  version: number;
  title: string;
  description: string;
  ownerId: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  status: string;
  progress: number;
  departmentIds: string[];
  userIds: string[];
}

export function TaskEditForm({ task, users, departments }: { task: TaskValues; users: { id: string; name: string }[]; departments: { id: string; label: string }[] }) {
  const t = useTranslations("plan.task");
  return (
    <ActionForm action={updateTaskAction} testId="task-edit-form">
      {(form) => (
        <div className="grid gap-3 md:grid-cols-2">
          <input type="hidden" name="id" value={task.id} />
          <input type="hidden" name="version" value={task.version} />
          <div className="md:col-span-2">
            <Field id="title" label={t("title")} error={form.error("title")}>{(a) => <Input {...a} name="title" required maxLength={200} defaultValue={form.value("title", task.title)} />}</Field>
          </div>
          <Field id="plannedStart" label={t("plannedStart")} error={form.error("plannedStart")}>{(a) => <Input {...a} type="date" name="plannedStart" defaultValue={form.value("plannedStart", task.plannedStart)} />}</Field>
          <Field id="plannedEnd" label={t("plannedEnd")} error={form.error("plannedEnd")} hint={t("pushHint")}>{(a) => <Input {...a} type="date" name="plannedEnd" defaultValue={form.value("plannedEnd", task.plannedEnd)} />}</Field>
          <Field id="ownerId" label={t("owner")} error={form.error("ownerId")}>
            {(a) => (
              <Select {...a} name="ownerId" defaultValue={form.value("ownerId", task.ownerId)}>
                <option value="">{t("noOwner")}</option>
                {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </Select>
            )}
          </Field>
          <Field id="departmentIds" label={t("departments")} hint={t("multiHint")}>
            {(a) => (
              <Select {...a} name="departmentIds" multiple size={4} defaultValue={task.departmentIds}>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
              </Select>
            )}
          </Field>
          <Field id="userIds" label={t("people")} error={form.error("userIds")} hint={t("multiHint")}>
            {(a) => (
              <Select {...a} name="userIds" multiple size={4} defaultValue={task.userIds}>
                {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </Select>
            )}
          </Field>
          <div className="md:col-span-2">
            <Field id="description" label={t("description")} error={form.error("description")}>{(a) => <textarea {...a} name="description" rows={3} className={TEXTAREA} defaultValue={form.value("description", task.description)} />}</Field>
          </div>
          <div><Button type="submit" disabled={form.pending}>{t("save")}</Button></div>
        </div>
      )}
    </ActionForm>
  );
}

export function ProgressForm({ task }: { task: TaskValues }) {
  const t = useTranslations("plan");
  return (
    <ActionForm action={reportProgressAction} testId="progress-form">
      {(form) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <input type="hidden" name="id" value={task.id} />
          <input type="hidden" name="version" value={task.version} />
          <Field id="status" label={t("task.status")} error={form.error("status")}>
            {(a) => (
              <Select {...a} name="status" defaultValue={form.value("status", task.status)}>
                {STATUSES.map((s) => <option key={s} value={s}>{t(`taskStatus.${s}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id="progress" label={t("task.progressPercent")} error={form.error("progress")}>{(a) => <Input {...a} type="number" min={0} max={100} step={5} name="progress" defaultValue={form.value("progress", String(task.progress))} />}</Field>
          <Field id="actualStart" label={t("task.actualStart")} error={form.error("actualStart")}>{(a) => <Input {...a} type="date" name="actualStart" defaultValue={form.value("actualStart", task.actualStart)} />}</Field>
          <Field id="actualEnd" label={t("task.actualEnd")} error={form.error("actualEnd")}>{(a) => <Input {...a} type="date" name="actualEnd" defaultValue={form.value("actualEnd", task.actualEnd)} />}</Field>
          <div><Button type="submit" disabled={form.pending}>{t("task.reportProgress")}</Button></div>
        </div>
      )}
    </ActionForm>
  );
}

export function AddDependencyForm({ taskId, candidates }: { taskId: string; candidates: { id: string; label: string }[] }) {
  const t = useTranslations("plan.task");
  return (
    <ActionForm action={addDependencyAction} testId="add-dependency-form">
      {(form) => (
        <div className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="successorId" value={taskId} />
          <div className="min-w-64 flex-1">
            <Field id="predecessorId" label={t("addPredecessor")} error={form.error("predecessorId")}>
              {(a) => (
                <Select {...a} name="predecessorId" defaultValue="">
                  <option value="" disabled>{t("choosePredecessor")}</option>
                  {candidates.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
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

export function CommentForm({ taskId }: { taskId: string }) {
  const t = useTranslations("plan.task");
  return (
    <ActionForm action={addCommentAction} testId="comment-form">
      {(form) => (
        <div className="space-y-2">
          <input type="hidden" name="taskId" value={taskId} />
          <Field id="body" label={t("newComment")} error={form.error("body")}>{(a) => <textarea {...a} name="body" rows={2} maxLength={4000} className={TEXTAREA} />}</Field>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("comment")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function RemoveDependencyButton({ predecessorId, successorId }: { predecessorId: string; successorId: string }) {
  const t = useTranslations("plan.task");
  return (
    <ActionForm action={removeDependencyAction} className="inline">
      {(form) => (
        <>
          <input type="hidden" name="predecessorId" value={predecessorId} />
          <input type="hidden" name="successorId" value={successorId} />
          <button type="submit" disabled={form.pending} className="ml-2 text-xs text-red-700 underline">{t("removeDependency")}</button>
        </>
      )}
    </ActionForm>
  );
}
