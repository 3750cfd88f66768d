import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/modules/plan/components/format";
import { PlanHealth } from "@/modules/plan/components/plan-health";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { ProgressBar, StatusBadge } from "@/modules/plan/components/status-badge";
import { getProjectOverview } from "@/modules/plan/queries";
import { ExportLinks } from "@/modules/plan/transfer/components/export-links";
import { requirePagePermission } from "@/server/session";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await requirePagePermission("plan.read");
  const id = z.uuid().safeParse((await params).projectId);
  if (!id.success) notFound();
  const overview = await getProjectOverview(id.data);
  if (!overview) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { project, phases, periods } = overview;
  return (
    <>
      <ProjectTabs projectId={project.id} name={project.name} active="overview" />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{project.name}</h1>
        <div className="flex gap-2 text-sm text-slate-600">
          <StatusBadge status={project.status} label={t(`plan.projectStatus.${project.status}`)} />
          <span>{t("plan.project.startDate")} {formatDay(project.startDate, locale)}</span>
          <span>· {t("plan.project.goLive")} {formatDay(project.actualGoLive ?? project.plannedGoLive, locale)}</span>
          <ExportLinks projectId={project.id} />
        </div>
      </div>
      <PlanHealth overview={overview} />
      <div className="mt-4 space-y-4">
        {phases.map((ph) => (
          <Card key={ph.id} title={ph.name} actions={<StatusBadge status={ph.gatePassed ? "PASS" : ph.rollUp.status} label={ph.gatePassed ? t("plan.gate.passed") : t(`plan.taskStatus.${ph.rollUp.status}`)} />}>
            <p className="text-sm text-slate-600">{t("plan.phase.goal")}{t("common.colon")}{ph.goal}</p>
            <p className="mt-1 text-xs text-slate-500">{formatDay(ph.plannedStart, locale)} – {formatDay(ph.plannedEnd, locale)} · {ph.rollUp.progress}%</p>
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">{ph.name}</caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th className="py-1 font-normal">{t("plan.period.label")}</th>
                  <th className="py-1 font-normal">{t("plan.period.core")}</th>
                  <th className="py-1 font-normal">{t("plan.period.dates")}</th>
                  <th className="w-40 py-1 font-normal">{t("plan.progress")}</th>
                </tr>
              </thead>
              <tbody>
                {periods.filter((p) => p.phaseId === ph.id).map((p) => (
                  <tr key={p.id} className="border-t border-slate-100 align-top">
                    <td className="py-2 pr-2 whitespace-nowrap">{p.label}</td>
                    <td className="py-2 pr-2"><div className="font-medium">{p.title}</div><div className="text-xs text-slate-500">{p.coreContent}</div></td>
                    <td className="py-2 pr-2 whitespace-nowrap text-xs">{formatDay(p.plannedStart, locale)} – {formatDay(p.plannedEnd, locale)}</td>
                    <td className="py-2"><ProgressBar value={p.rollUp.progress} label={t("plan.progress")} /><span className="text-xs text-slate-500">{p.rollUp.progress}% · {t(`plan.taskStatus.${p.rollUp.status}`)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        ))}
      </div>
    </>
  );
}
