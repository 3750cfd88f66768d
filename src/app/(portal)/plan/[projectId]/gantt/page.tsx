import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { GanttFilters } from "@/modules/plan/gantt/gantt-filters";
import { GanttView } from "@/modules/plan/gantt/gantt-view";
import { ganttLabels } from "@/modules/plan/gantt/labels";
import { parseGanttFilter } from "@/modules/plan/gantt/params";
import { getGanttData } from "@/modules/plan/gantt/query";
import { requirePagePermission } from "@/server/session";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("gantt"))("title") };
}

export default async function GanttPage({ params, searchParams }: Props) {
  await requirePagePermission("plan.read");
  const projectId = z.uuid().safeParse((await params).projectId);
  if (!projectId.success) notFound();
  const [data, t, locale, raw] = await Promise.all([getGanttData(projectId.data), getTranslations("gantt"), getLocale(), searchParams]);
  if (!data) notFound();
  const labels = ganttLabels(t, locale);
  const filter = parseGanttFilter(raw);
  return (
    <>
      {/* The tabs lead back to the project overview (/plan/<id>) and to its other views. */}
      <ProjectTabs projectId={data.project.id} name={data.project.name} active="gantt" />
      <div className="mb-4">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("description", { project: data.project.name, code: data.project.code })}</p>
      </div>
      <GanttFilters filter={filter} phases={data.phases} labels={labels} resetHref={`/plan/${data.project.id}/gantt`} />
      <GanttView data={data} filter={filter} labels={labels} />
    </>
  );
}
