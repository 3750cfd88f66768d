import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, SortTh, Table, Td, Th } from "@/components/ui/table";
import { optionalId, parseListParams, withParams } from "@/lib/list-params";
import { departmentName, listDepartments } from "@/modules/departments/queries";
import { formatDay } from "@/modules/plan/components/format";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { StatusBadge } from "@/modules/plan/components/status-badge";
import { activeUsers, getProjectOverview, listTasks, parseTaskFilter, TASK_SORTS, today } from "@/modules/plan/queries";
import { ZTaskStatus } from "@/modules/plan/schemas";
import { requirePagePermission } from "@/server/session";

type Raw = Record<string, string | string[] | undefined>;

export default async function TasksPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<Raw> }) {
  await requirePagePermission("plan.read");
  const projectId = optionalId((await params).projectId);
  if (!projectId) notFound();
  const overview = await getProjectOverview(projectId);
  if (!overview) notFound();
  const raw = await searchParams;
  const list = parseListParams(raw, TASK_SORTS, "seq");
  const filter = parseTaskFilter(raw, list.q);
  const [data, users, departments, t, locale] = await Promise.all([
    listTasks(projectId, filter, list.sort, list.dir, list.page, list.pageSize),
    activeUsers(),
    listDepartments(),
    getTranslations(),
    getLocale(),
  ]);
  const now = today();
  const sortProps = { sort: list.sort, dir: list.dir, searchParams: raw };
  return (
    <>
      <ProjectTabs projectId={projectId} name={overview.project.name} active="tasks" />
      <form method="get" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
        <Field id="q" label={t("common.search")}>{(a) => <Input {...a} name="q" type="search" defaultValue={filter.q} />}</Field>
        <Field id="phase" label={t("plan.task.phase")}>
          {(a) => (
            <Select {...a} name="phase" defaultValue={filter.phaseId ?? ""}>
              <option value="">{t("common.all")}</option>
              {overview.phases.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </Select>
          )}
        </Field>
        <Field id="owner" label={t("plan.task.owner")}>
          {(a) => (
            <Select {...a} name="owner" defaultValue={filter.ownerId ?? ""}>
              <option value="">{t("common.all")}</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </Select>
          )}
        </Field>
        <Field id="department" label={t("plan.task.department")}>
          {(a) => (
            <Select {...a} name="department" defaultValue={filter.departmentId ?? ""}>
              <option value="">{t("common.all")}</option>
              {departments.map((d) => <option key={d.id} value={d.id}>{departmentName(d, locale)}</option>)}
            </Select>
          )}
        </Field>
        <Field id="status" label={t("plan.task.status")}>
          {(a) => (
            <Select {...a} name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("common.all")}</option>
              {ZTaskStatus.options.map((s) => <option key={s} value={s}>{t(`plan.taskStatus.${s}`)}</option>)}
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-2">
          <label className="mb-2 flex items-center gap-1 text-sm"><input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />{t("plan.task.overdueOnly")}</label>
        </div>
        <div className="flex items-end gap-2 lg:col-span-6">
          <Button type="submit">{t("common.filter")}</Button>
          <Link href={`/plan/${projectId}/tasks`} className="text-sm text-blue-700 underline">{t("common.reset")}</Link>
          <a href={`/api/plan/${projectId}/tasks/export${withParams(raw, { page: undefined })}`} className="ml-auto text-sm text-blue-700 underline" data-testid="export-tasks">{t("common.exportXlsx")}</a>
        </div>
      </form>
      <Table caption={t("plan.tabs.tasks")}>
        <thead>
          <tr>
            <SortTh label="#" column="seq" {...sortProps} />
            <SortTh label={t("plan.task.title")} column="title" {...sortProps} />
            <Th>{t("plan.task.phase")}</Th>
            <SortTh label={t("plan.task.owner")} column="owner" {...sortProps} />
            <SortTh label={t("plan.task.plannedStart")} column="plannedStart" {...sortProps} />
            <SortTh label={t("plan.task.plannedEnd")} column="plannedEnd" {...sortProps} />
            <SortTh label={t("plan.task.status")} column="status" {...sortProps} />
            <SortTh label={t("plan.progress")} column="progress" {...sortProps} />
            <Th>{t("plan.task.deliverables")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={9}>{t("plan.task.empty")}</EmptyRow> : null}
          {data.rows.map((r) => {
            const overdue = r.status !== "DONE" && r.plannedEnd < now;
            return (
              <tr key={r.id} className={overdue ? "bg-red-50" : ""}>
                <Td className="tabular-nums text-slate-500">{r.seq}</Td>
                <Td><Link href={`/plan/${projectId}/tasks/${r.id}`} className="text-blue-700 hover:underline">{r.title}</Link></Td>
                <Td className="text-xs">{r.period.label}<div className="text-slate-500">{r.period.phase.code}</div></Td>
                <Td>{r.owner?.name ?? "—"}</Td>
                <Td className="whitespace-nowrap">{formatDay(r.plannedStart, locale)}</Td>
                <Td className="whitespace-nowrap">{formatDay(r.plannedEnd, locale)}{overdue ? <span className="ml-1 text-xs text-red-700">{t("plan.task.overdue")}</span> : null}</Td>
                <Td><StatusBadge status={r.status} label={t(`plan.taskStatus.${r.status}`)} /></Td>
                <Td className="tabular-nums">{r.progress}%</Td>
                <Td className="text-xs">{r.deliverables.map((d) => <div key={d.name}>{d.name} · {t(`plan.deliverableStatus.${d.status}`)}</div>)}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={raw} />
    </>
  );
}
