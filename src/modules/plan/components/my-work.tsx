import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/server/session";
import { myWork } from "../queries";
import { formatDay } from "./format";
import { StatusBadge } from "./status-badge";

/** A person's open plan work: their tasks (overdue first), deliverables to accept, cutover items. */
export async function MyWork({ actor, limit }: { actor: Actor; limit?: number }) {
  const [work, t, locale] = await Promise.all([myWork(actor), getTranslations("plan"), getLocale()]);
  const tasks = [...work.tasks].sort((a, b) => Number(b.overdue) - Number(a.overdue)).slice(0, limit ?? work.tasks.length);
  const overdue = work.tasks.filter((x) => x.overdue).length;
  return (
    <div className="space-y-4" data-testid="my-work">
      <Card title={t("my.tasks", { count: work.tasks.length })} actions={overdue ? <span className="text-sm font-medium text-red-700">{t("my.overdue", { count: overdue })}</span> : null}>
        {tasks.length === 0 ? <p className="text-sm text-slate-500">{t("my.noTasks")}</p> : null}
        <ul className="divide-y divide-slate-100 text-sm">
          {tasks.map((task) => (
            <li key={task.id} className={`flex flex-wrap items-center justify-between gap-2 py-2 ${task.overdue ? "text-red-800" : ""}`}>
              <div>
                <Link href={`/plan/${task.project.id}/tasks/${task.id}`} className="font-medium hover:underline">#{task.seq} {task.title}</Link>
                <div className="text-xs text-slate-500">{task.project.name} · {formatDay(task.plannedStart, locale)} – {formatDay(task.plannedEnd, locale)}{task.overdue ? ` · ${t("task.overdue")}` : ""}</div>
              </div>
              <div className="flex items-center gap-2"><StatusBadge status={task.status} label={t(`taskStatus.${task.status}`)} /><span className="tabular-nums">{task.progress}%</span></div>
            </li>
          ))}
        </ul>
        {limit && work.tasks.length > limit ? <Link href="/plan/my" className="text-sm text-blue-700 underline">{t("my.all")}</Link> : null}
      </Card>
      {work.rejected.length ? (
        <Card title={t("my.rejected", { count: work.rejected.length })}>
          <ul className="space-y-1 text-sm">
            {work.rejected.map((d) => <li key={d.id}><Link href={`/plan/${d.projectId}/tasks/${d.taskId}#deliverables`} className="text-red-700 hover:underline">{d.name}</Link> <span className="text-xs text-slate-500">· {d.rejectionReason}</span></li>)}
          </ul>
        </Card>
      ) : null}
      {work.toAccept.length ? (
        <Card title={t("my.toAccept", { count: work.toAccept.length })}>
          <ul className="space-y-1 text-sm">
            {work.toAccept.map((d) => <li key={d.id}><Link href={`/plan/${d.projectId}/tasks/${d.taskId}#deliverables`} className="text-blue-700 hover:underline">{d.name}</Link> <span className="text-xs text-slate-500">· {d.project.name}</span></li>)}
          </ul>
        </Card>
      ) : null}
      {work.cutover.length ? (
        <Card title={t("my.cutover", { count: work.cutover.length })}>
          <ul className="space-y-1 text-sm">
            {work.cutover.map((c) => <li key={c.id}><Link href={`/plan/${c.projectId}/readiness`} className="text-blue-700 hover:underline">{c.title}</Link> <span className="text-xs text-slate-500">· {formatDay(c.dueDate, locale)}</span></li>)}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
