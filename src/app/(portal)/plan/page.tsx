import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { addDays, nextWorkingDay } from "@/modules/plan/dates";
import { CreateProjectForm } from "@/modules/plan/components/create-project-form";
import { formatDay, isoDay } from "@/modules/plan/components/format";
import { ProgressBar, StatusBadge } from "@/modules/plan/components/status-badge";
import { listProjects, listTemplates, today } from "@/modules/plan/queries";
import { ensureBuiltInTemplates } from "@/modules/plan/template/builtin";
import { PlanTransferPanel } from "@/modules/plan/components/transfer-panel";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("plan"))("title") };
}

export default async function PlanPage() {
  const actor = await requirePagePermission("plan.read");
  await ensureBuiltInTemplates(db);
  const [projects, templates, t, locale] = await Promise.all([listProjects(), listTemplates(), getTranslations(), getLocale()]);
  const canEdit = can(actor.role, "plan.edit");
  // Proposed start: next Monday, as kickoffs usually are.
  const now = today();
  const nextMonday = nextWorkingDay(addDays(now, (8 - now.getUTCDay()) % 7 || 7));
  return (
    <>
      <PageHeader title={t("plan.title")} description={t("plan.description")} actions={<Link href="/plan/my" className="text-sm text-blue-700 underline">{t("plan.my.title")}</Link>} />
      <Table caption={t("plan.projects")}>
        <thead>
          <tr>
            <Th>{t("plan.project.name")}</Th>
            <Th>{t("plan.project.status")}</Th>
            <Th>{t("plan.project.manager")}</Th>
            <Th>{t("plan.project.startDate")}</Th>
            <Th>{t("plan.project.goLive")}</Th>
            <Th className="w-48">{t("plan.progress")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {projects.length === 0 ? <EmptyRow colSpan={6}>{t("plan.noProjects")}</EmptyRow> : null}
          {projects.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/plan/${p.id}`} className="font-medium text-blue-700 hover:underline">{p.name}</Link>
                <div className="font-mono text-xs text-slate-500">{p.code}</div>
              </Td>
              <Td><StatusBadge status={p.status} label={t(`plan.projectStatus.${p.status}`)} /></Td>
              <Td>{p.managerName}</Td>
              <Td>{formatDay(p.startDate, locale)}</Td>
              <Td>{formatDay(p.actualGoLive ?? p.plannedGoLive, locale)}{p.actualGoLive ? ` ✓` : ""}</Td>
              <Td>
                <ProgressBar value={p.rollUp.progress} label={t("plan.progress")} />
                <span className="text-xs text-slate-600">{p.rollUp.progress}% · {t("plan.tasksDone", { done: p.rollUp.done, total: p.rollUp.total })}</span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {canEdit ? (
        <Card title={t("plan.project.new")} className="mt-6">
          {templates.length ? <CreateProjectForm templates={templates} defaultStart={isoDay(nextMonday)} /> : <p className="text-sm text-slate-500">{t("plan.noTemplates")}</p>}
        </Card>
      ) : null}
      <Card title={t("plan.templates.title")} className="mt-6">
        <ul className="divide-y divide-slate-100 text-sm">
          {templates.map((tpl) => (
            <li key={tpl.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <span className="font-medium">{tpl.name}</span>
                {tpl.builtIn ? <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs">{t("plan.templates.builtIn")}</span> : null}
                {tpl.description ? <p className="text-xs text-slate-500">{tpl.description}</p> : null}
              </div>
              <a className="text-blue-700 underline" href={`/api/plan/templates/${tpl.id}/export`}>{t("plan.templates.exportJson")}</a>
            </li>
          ))}
        </ul>
        {canEdit ? <PlanTransferPanel /> : null}
      </Card>
    </>
  );
}
