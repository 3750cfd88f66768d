import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { parseListParams } from "@/lib/list-params";
import { departmentName } from "@/modules/departments/queries";
import { exportTasks, parseTaskFilter, TASK_SORTS } from "@/modules/plan/queries";
import { requireApiPermission } from "@/server/api";
import { db } from "@/server/db";
import { xlsxResponse } from "@/server/xlsx";

/** The task table as .xlsx, with the page's filters and sort (the full plan workbook is /api/plan/[id]/export). */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const guard = await requireApiPermission("plan.read");
  if ("response" in guard) return guard.response;
  const id = z.uuid().safeParse((await params).projectId);
  const project = id.success ? await db.project.findUnique({ where: { id: id.data }, select: { id: true, code: true } }) : null;
  if (!project) return Response.json({ error: "not found" }, { status: 404 });
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, TASK_SORTS, "seq");
  const rows = await exportTasks(project.id, parseTaskFilter(raw, list.q), list.sort, list.dir);
  const [t, locale] = await Promise.all([getTranslations("plan"), getLocale()]);
  return xlsxResponse(`${project.code}-${t("tabs.tasks")}.xlsx`, t("tabs.tasks"), [
    { header: "#", value: (r) => r.seq, width: 6 },
    { header: t("task.title"), value: (r) => r.title, width: 48 },
    { header: t("task.phase"), value: (r) => r.period.phase.name, width: 30 },
    { header: t("period.label"), value: (r) => `${r.period.label} ${r.period.title}`, width: 28 },
    { header: t("task.owner"), value: (r) => r.owner?.name ?? "", width: 12 },
    { header: t("task.plannedStart"), value: (r) => r.plannedStart, width: 12 },
    { header: t("task.plannedEnd"), value: (r) => r.plannedEnd, width: 12 },
    { header: t("task.actualStart"), value: (r) => r.actualStart, width: 12 },
    { header: t("task.actualEnd"), value: (r) => r.actualEnd, width: 12 },
    { header: t("task.status"), value: (r) => t(`taskStatus.${r.status}`), width: 10 },
    { header: `${t("progress")} %`, value: (r) => r.progress, width: 8 },
    { header: t("task.departments"), value: (r) => r.participants.flatMap((p) => (p.department ? [departmentName(p.department, locale)] : [])).join(", "), width: 30 },
    { header: t("task.deliverables"), value: (r) => r.deliverables.map((d) => `${d.name} (${t(`deliverableStatus.${d.status}`)})`).join("\n"), width: 40 },
  ], rows);
}
