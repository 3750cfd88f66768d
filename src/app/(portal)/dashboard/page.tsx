import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/server/permissions";
import { departmentName } from "@/modules/departments/queries";
import { BoardFilters, FilterSummary, LayoutSwitch } from "@/modules/dashboards/components/board-filters";
import { IssueHealthPanel } from "@/modules/dashboards/components/issue-health";
import { KpiBoard, StatusLegend } from "@/modules/dashboards/components/kpi-board";
import { KpiBoardTable } from "@/modules/dashboards/components/kpi-board-table";
import { PlanPanel } from "@/modules/dashboards/components/plan-panel";
import { PrintButton, PrintStyles } from "@/modules/dashboards/components/print";
import { boardQuery, parseBoardFilter } from "@/modules/dashboards/filter";
import { getBoard, todayDay } from "@/modules/dashboards/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboards"))("board.title") };
}

/** The executive value-realization board: one screen (table layout; tiles on request), every filter in the URL. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("dashboard.executive");
  const filter = parseBoardFilter(await searchParams, todayDay());
  const [board, t, locale] = await Promise.all([getBoard(filter), getTranslations("dashboards"), getLocale()]);
  const department = board.departments.find((d) => d.id === filter.departmentId);
  const supportHref = can(actor.role, "support.dashboard") ? "/support" : undefined;
  return (
    <div data-testid="executive-board">
      <PrintStyles orientation="landscape" />
      <PageHeader
        title={t("board.title")}
        description={t("board.description")}
        actions={
          <div className="flex flex-wrap gap-2" data-print="hide">
            <Link href="/reports/monthly" className={buttonVariants({ variant: "secondary" })}>{t("board.monthlyLink")}</Link>
            <a href={`/api/dashboard/export${boardQuery(filter)}`} className={buttonVariants({ variant: "secondary" })} data-testid="board-export" download>{t("board.exportXlsx")}</a>
            <PrintButton label={t("board.exportPdf")} testId="board-print" />
          </div>
        }
      />
      <BoardFilters filter={filter} departments={board.departments} />
      <FilterSummary filter={filter} departmentLabel={department ? departmentName(department, locale) : null} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <StatusLegend counts={board.counts} />
        <LayoutSwitch filter={filter} />
      </div>
      {filter.layout === "table" ? (
        // KPIs beside the rollout and issue health: the whole story on about one screen.
        <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_20rem] print:grid-cols-[minmax(0,1fr)_18rem]">
          <KpiBoardTable groups={board.groups} departments={board.departments} grouping={filter.group} />
          <div className="grid gap-4">
            <PlanPanel plan={board.plan} maxRisks={4} />
            <IssueHealthPanel health={board.issues} trend={board.trend} grain={board.trendGrain} supportHref={supportHref} narrow />
          </div>
        </div>
      ) : (
        <>
          <KpiBoard groups={board.groups} departments={board.departments} />
          <div className="mt-4 grid gap-4 lg:grid-cols-2 print:grid-cols-2">
            <PlanPanel plan={board.plan} />
            <IssueHealthPanel health={board.issues} trend={board.trend} grain={board.trendGrain} supportHref={supportHref} />
          </div>
        </>
      )}
    </div>
  );
}
