import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { formatDay, isoDay } from "@/modules/plan/components/format";
import { CutoverItemForm, GoLiveForm } from "@/modules/plan/components/gate-forms";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { ProgressBar, StatusBadge } from "@/modules/plan/components/status-badge";
import { getReadiness } from "@/modules/plan/queries";
import { readiness } from "@/modules/plan/rules";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export default async function ReadinessPage({ params }: { params: Promise<{ projectId: string }> }) {
  const actor = await requirePagePermission("plan.read");
  const id = z.uuid().safeParse((await params).projectId);
  if (!id.success) notFound();
  const project = await getReadiness(id.data);
  if (!project) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const score = readiness(project.cutoverItems);
  const canEdit = can(actor.role, "plan.edit");
  return (
    <>
      <ProjectTabs projectId={project.id} name={project.name} active="readiness" />
      <Card title={t("plan.readiness.title")}>
        <p className="text-sm text-slate-600">{t("plan.readiness.intro")}</p>
        <div className="mt-3 flex items-center gap-3" data-testid="readiness-score">
          <span className="text-3xl font-semibold tabular-nums">{score.score}%</span>
          <div className="flex-1"><ProgressBar value={score.score} label={t("plan.readiness.score")} /></div>
          <span className={score.openBlocking ? "text-sm text-red-700" : "text-sm text-green-700"}>{t("plan.readiness.openBlocking", { count: score.openBlocking })}</span>
        </div>
      </Card>
      <div className="mt-4 space-y-3">
        {project.cutoverItems.map((item) => (
          <Card key={item.id}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-medium">{item.title}{item.blocking ? <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("plan.readiness.blocking")}</span> : null}</h2>
              <StatusBadge status={item.status} label={t(`plan.readiness.statuses.${item.status}`)} />
            </div>
            <p className="text-xs text-slate-500">{t("plan.readiness.owner")}{t("common.colon")}{item.owner?.name ?? "—"} · {t("plan.readiness.due")} {formatDay(item.dueDate, locale)}{item.completedAt ? ` · ${t("plan.readiness.closedOn", { date: formatDay(item.completedAt, locale) })}` : ""}</p>
            {item.evidenceNote || item.evidenceUrl ? <p className="mt-1 text-sm">{item.evidenceNote} {item.evidenceUrl ? <a className="text-blue-700 underline" href={item.evidenceUrl} rel="noopener noreferrer" target="_blank">{item.evidenceUrl}</a> : null}</p> : null}
            {canEdit || can(actor.role, "plan.override") || item.ownerId === actor.id ? <div className="mt-2"><CutoverItemForm item={{ id: item.id, version: item.version, status: item.status, evidenceUrl: item.evidenceUrl ?? "", evidenceNote: item.evidenceNote ?? "" }} /></div> : null}
          </Card>
        ))}
      </div>
      <Card title={t("plan.goLive.title")} className="mt-4">
        {project.actualGoLive ? (
          <Alert tone="success">{t("plan.goLive.done", { date: formatDay(project.actualGoLive, locale) })}{project.goLiveOverrideReason ? ` · ${t("plan.goLive.overridden", { reason: project.goLiveOverrideReason })}` : ""}</Alert>
        ) : can(actor.role, "plan.gate.decide") ? (
          <>
            {score.openBlocking ? <p className="mb-2 text-sm text-red-700">{t("plan.goLive.blocked", { count: score.openBlocking })}</p> : null}
            <GoLiveForm projectId={project.id} version={project.version} defaultDate={isoDay(project.plannedGoLive)} mayOverride={can(actor.role, "plan.override")} blocked={score.openBlocking > 0} />
          </>
        ) : (
          <p className="text-sm text-slate-500">{t("plan.goLive.planned", { date: formatDay(project.plannedGoLive, locale) })}</p>
        )}
      </Card>
    </>
  );
}
