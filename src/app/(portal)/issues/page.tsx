import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { parseListParams } from "@/lib/list-params";
import { listDepartments } from "@/modules/departments/queries";
import { IssueFilters } from "@/modules/issues/components/issue-filters";
import { IssueList } from "@/modules/issues/components/issue-list";
import { ViewTabs } from "@/modules/issues/components/view-tabs";
import { ISSUE_SORTS, parseIssueFilter } from "@/modules/issues/list-filter";
import { listIssues, viewsFor } from "@/modules/issues/queries";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("issues"))("title") };
}

export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("issue.file");
  const raw = await searchParams;
  const list = parseListParams(raw, ISSUE_SORTS, "number", "desc");
  const views = viewsFor(actor);
  const filter = parseIssueFilter(raw, list.q, views);
  const [data, departments, t] = await Promise.all([
    listIssues(actor, filter, list.sort, list.dir, list.page, list.pageSize),
    listDepartments(),
    getTranslations("issues"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<Link href="/issues/new" className={buttonVariants()} data-testid="new-issue">{t("new")}</Link>}
      />
      <ViewTabs views={views} current={filter.view} />
      <IssueFilters filter={filter} departments={departments} showDepartment={can(actor.role, "issue.read.all")} />
      <IssueList data={data} list={list} searchParams={raw} />
    </>
  );
}
