import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { departmentName, listDepartments } from "@/modules/departments/queries";
import { DecideDeliverableForm, SubmitDeliverableForm } from "@/modules/plan/components/deliverable-forms";
import { formatDay, isoDay } from "@/modules/plan/components/format";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { StatusBadge } from "@/modules/plan/components/status-badge";
import { AddDependencyForm, CommentForm, ProgressForm, RemoveDependencyButton, TaskEditForm } from "@/modules/plan/components/task-forms";
import { activeUsers, getTask, userNames } from "@/modules/plan/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export default async function TaskPage({ params }: { params: Promise<{ projectId: string; taskId: string }> }) {
  const actor = await requirePagePermission("plan.read");
  const p = await params;
  if (!z.uuid().safeParse(p.taskId).success || !z.uuid().safeParse(p.projectId).success) notFound();
  const task = await getTask(p.taskId);
  if (!task || task.projectId !== p.projectId) notFound();
  const [t, locale, users, departments, project, siblings] = await Promise.all([
    getTranslations(),
    getLocale(),
    activeUsers(),
    listDepartments({ activeOnly: true }),
    db.project.findUniqueOrThrow({ where: { id: task.projectId }, select: { name: true } }),
    db.task.findMany({ where: { projectId: task.projectId, id: { not: task.id } }, orderBy: { seq: "asc" }, select: { id: true, seq: true, title: true } }),
  ]);
  const names = await userNames([...task.comments.map((c) => c.authorId), ...task.deliverables.flatMap((d) => d.events.map((e) => e.actorId))]);
  const canEdit = can(actor.role, "plan.edit");
  const colon = t("common.colon");
  const isOwner = task.ownerId === actor.id;
  const values = {
    id: task.id,
    version: task.version,
    title: task.title,
    description: task.description ?? "",
    ownerId: task.ownerId ?? "",
    plannedStart: isoDay(task.plannedStart),
    plannedEnd: isoDay(task.plannedEnd),
    actualStart: isoDay(task.actualStart),
    actualEnd: isoDay(task.actualEnd),
    status: task.status,
    progress: task.progress,
    departmentIds: task.participants.flatMap((x) => (x.departmentId ? [x.departmentId] : [])),
    userIds: task.participants.flatMap((x) => (x.userId ? [x.userId] : [])),
  };
  const people = task.participants.flatMap((x) => (x.userId ? [users.find((u) => u.id === x.userId)?.name ?? "—"] : []));
  const linked = new Set(task.predecessors.map((d) => d.predecessorId));
  return (
    <>
      <ProjectTabs projectId={task.projectId} name={project.name} active="tasks" />
      <div className="mb-4">
        <p className="text-sm text-slate-500">{task.period.phase.name} · {task.period.label} {task.period.title}</p>
        <h1 className="mt-1 text-2xl font-semibold">#{task.seq} {task.title}</h1>
        <div className="mt-2 flex flex-wrap gap-3 text-sm text-slate-600">
          <StatusBadge status={task.status} label={t(`plan.taskStatus.${task.status}`)} />
          <span>{t("plan.task.owner")}{colon}{task.owner?.name ?? "—"}</span>
          <span>{t("plan.task.planned")}{colon}{formatDay(task.plannedStart, locale)} – {formatDay(task.plannedEnd, locale)}</span>
          {task.actualStart ? <span>{t("plan.task.actual")}{colon}{formatDay(task.actualStart, locale)} – {formatDay(task.actualEnd, locale)}</span> : null}
          <span>{task.progress}%</span>
        </div>
        {task.description ? <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{task.description}</p> : null}
        <p className="mt-1 text-xs text-slate-500">{t("plan.task.departments")}{colon}{new Intl.ListFormat(locale, { type: "unit" }).format(task.participants.flatMap((x) => (x.department ? [departmentName(x.department, locale)] : []))) || "—"}
          {people.length ? <> · {t("plan.task.people")}{colon}{new Intl.ListFormat(locale, { type: "unit" }).format(people)}</> : null}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {canEdit || isOwner ? <Card title={t("plan.task.reportProgress")}><ProgressForm task={values} /></Card> : null}
        {canEdit ? (
          <Card title={t("plan.task.edit")}>
            <TaskEditForm task={values} users={users} departments={departments.map((d) => ({ id: d.id, label: departmentName(d, locale) }))} />
          </Card>
        ) : null}
      </div>
      <Card title={t("plan.task.deliverables")} className="mt-4">
        <div id="deliverables" className="space-y-4">
          {task.deliverables.length === 0 ? <p className="text-sm text-slate-500">{t("plan.deliverable.none")}</p> : null}
          {task.deliverables.map((d) => {
            const mayDecide = can(actor.role, "plan.deliverable.decide") && d.acceptorRole === actor.role && (!d.acceptorDepartmentId || d.acceptorDepartmentId === actor.departmentId);
            return (
              <section key={d.id} className="rounded-md border border-slate-200 p-3" data-testid={`deliverable-${d.name}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium">{d.name}{d.required ? "" : ` (${t("plan.deliverable.optional")})`}</h3>
                  <StatusBadge status={d.status} label={t(`plan.deliverableStatus.${d.status}`)} />
                </div>
                <p className="text-xs text-slate-500">{t("plan.deliverable.acceptor")}{colon}{t(`roles.${d.acceptorRole}`)}</p>
                {d.evidenceUrl ? <p className="text-sm"><a className="text-blue-700 underline" href={d.evidenceUrl} rel="noopener noreferrer" target="_blank">{d.evidenceUrl}</a></p> : null}
                {d.evidenceFile ? <p className="text-sm"><a className="text-blue-700 underline" href={`/api/files/${d.evidenceFile.id}`}>{d.evidenceFile.fileName}</a> ({Math.ceil(d.evidenceFile.size / 1024)} KB)</p> : null}
                {d.rejectionReason ? <p className="text-sm text-red-700">{t("plan.deliverable.rejectedBecause", { reason: d.rejectionReason })}</p> : null}
                {(d.status === "DRAFT" || d.status === "REJECTED") && (canEdit || isOwner) ? <div className="mt-2"><SubmitDeliverableForm id={d.id} version={d.version} evidenceUrl={d.evidenceUrl ?? ""} /></div> : null}
                {d.status === "SUBMITTED" && mayDecide ? <div className="mt-2"><DecideDeliverableForm id={d.id} version={d.version} /></div> : null}
                {d.events.length ? (
                  <details className="mt-2 text-xs text-slate-600">
                    <summary className="cursor-pointer">{t("plan.deliverable.history", { count: d.events.length })}</summary>
                    <ul className="mt-1 space-y-0.5">
                      {d.events.map((e) => (
                        <li key={e.id}>{formatDay(e.at, locale)} · {names.get(e.actorId) ?? "—"} · {t(`plan.deliverableStatus.${e.toStatus}`)}{e.note ? ` · ${e.note}` : ""}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </section>
            );
          })}
        </div>
      </Card>
      <Card title={t("plan.task.dependencies")} className="mt-4">
        <div className="grid gap-4 text-sm md:grid-cols-2">
          <div>
            <h3 className="font-medium">{t("plan.task.predecessors")}</h3>
            <ul className="mt-1 space-y-1">
              {task.predecessors.length === 0 ? <li className="text-slate-500">—</li> : null}
              {task.predecessors.map((d) => <li key={d.predecessorId}><Link className="text-blue-700 hover:underline" href={`/plan/${task.projectId}/tasks/${d.predecessorId}`}>#{d.predecessor.seq} {d.predecessor.title}</Link> · {formatDay(d.predecessor.plannedEnd, locale)}{canEdit ? <RemoveDependencyButton predecessorId={d.predecessorId} successorId={task.id} /> : null}</li>)}
            </ul>
          </div>
          <div>
            <h3 className="font-medium">{t("plan.task.successors")}</h3>
            <ul className="mt-1 space-y-1">
              {task.successors.length === 0 ? <li className="text-slate-500">—</li> : null}
              {task.successors.map((d) => <li key={d.successorId}><Link className="text-blue-700 hover:underline" href={`/plan/${task.projectId}/tasks/${d.successorId}`}>#{d.successor.seq} {d.successor.title}</Link> · {formatDay(d.successor.plannedStart, locale)}</li>)}
            </ul>
          </div>
        </div>
        {canEdit ? <div className="mt-3"><AddDependencyForm taskId={task.id} candidates={siblings.filter((s) => !linked.has(s.id)).map((s) => ({ id: s.id, label: `#${s.seq} ${s.title}` }))} /></div> : null}
      </Card>
      <Card title={t("plan.task.comments")} className="mt-4">
        <ul className="mb-3 space-y-2 text-sm">
          {task.comments.length === 0 ? <li className="text-slate-500">{t("plan.task.noComments")}</li> : null}
          {task.comments.map((c) => (
            <li key={c.id} className="rounded bg-slate-50 p-2"><span className="text-xs text-slate-500">{names.get(c.authorId) ?? "—"} · {formatDay(c.createdAt, locale)}</span><p className="whitespace-pre-line">{c.body}</p></li>
          ))}
        </ul>
        <CommentForm taskId={task.id} />
      </Card>
    </>
  );
}
