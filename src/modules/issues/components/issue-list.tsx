import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, SortTh, Table, Td, Th } from "@/components/ui/table";
import { withParams, type ListParams } from "@/lib/list-params";
import { departmentName } from "@/modules/departments/queries";
import { env } from "@/server/env";
import { issueKey } from "../constants";
import type { IssueSort } from "../list-filter";
import type { listIssues } from "../queries";
import { IssueStatusBadge, PriorityBadge } from "./badges";
import { SlaIndicator } from "./sla-indicator";

type Raw = Record<string, string | string[] | undefined>;

export async function IssueList({ data, list, searchParams }: {
  data: Awaited<ReturnType<typeof listIssues>>;
  list: ListParams<IssueSort>;
  searchParams: Raw;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: env().PORTAL_TIME_ZONE });
  const sortProps = { sort: list.sort, dir: list.dir, searchParams };
  const now = new Date();
  return (
    <>
      <div className="mb-2 flex items-center justify-between text-sm">
        <span className="text-slate-600" data-testid="issue-total">{t("issues.list.total", { total: data.total })}</span>
        <a className="text-blue-700 underline" href={`/api/issues/export${withParams(searchParams, { page: undefined })}`} data-testid="export-issues">
          {t("common.exportXlsx")}
        </a>
      </div>
      <Table caption={t("issues.title")}>
        <thead>
          <tr>
            <SortTh label={t("issues.fields.key")} column="number" {...sortProps} />
            <Th>{t("issues.fields.title")}</Th>
            <SortTh label={t("issues.fields.module")} column="module" {...sortProps} />
            <SortTh label={t("issues.fields.priority")} column="priority" {...sortProps} />
            <SortTh label={t("issues.fields.status")} column="status" {...sortProps} />
            <Th>{t("issues.fields.reporter")}</Th>
            <Th>{t("issues.fields.assignee")}</Th>
            <SortTh label={t("issues.fields.sla")} column="due" {...sortProps} />
            <SortTh label={t("issues.fields.createdAt")} column="createdAt" {...sortProps} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={9}>{t("issues.list.empty")}</EmptyRow> : null}
          {data.rows.map((i) => (
            <tr key={i.id} data-testid="issue-row">
              <Td className="whitespace-nowrap font-mono text-xs">{issueKey(i.number)}</Td>
              <Td>
                <Link className="text-blue-700 hover:underline" href={`/issues/${i.id}`}>{i.title}</Link>
                <div className="text-xs text-slate-500">{departmentName(i.department, locale)}</div>
              </Td>
              <Td className="whitespace-nowrap">{t(`issues.module.${i.module}`)}</Td>
              <Td><PriorityBadge priority={i.priority} label={t(`issues.priority.${i.priority}`)} /></Td>
              <Td><IssueStatusBadge status={i.status} label={t(`issues.status.${i.status}`)} /></Td>
              <Td className="whitespace-nowrap">{i.reporter.name}</Td>
              <Td className="whitespace-nowrap">
                {i.assignee?.name ?? (i.group ? departmentName(i.group, locale) : <span className="text-slate-400">{t("issues.unassigned")}</span>)}
              </Td>
              <Td><SlaIndicator issue={i} now={now} /></Td>
              <Td className="whitespace-nowrap text-xs">{date.format(i.createdAt)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={searchParams} />
    </>
  );
}
