import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ListPagination } from "@/components/ui/list-pagination";
import { parseListParams, withParams } from "@/lib/list-params";
import { CatalogueFilters } from "@/modules/kpi/components/catalogue-filters";
import { CatalogueTable } from "@/modules/kpi/components/catalogue-table";
import { RecomputeButton } from "@/modules/metrics/components/recompute-button";
import { departmentOptions, KPI_SORTS, listKpis, parseKpiFilter, withHealth } from "@/modules/kpi/queries";
import { portalToday } from "@/modules/kpi/today";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("title") };
}

export default async function KpiCataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("kpi.read");
  const canManage = can(actor.role, "kpi.manage");
  const raw = await searchParams;
  const list = parseListParams(raw, KPI_SORTS, "code", "asc");
  const filter = parseKpiFilter(raw, list.q);
  const [t, locale] = await Promise.all([getTranslations("kpi"), getLocale()]);
  const today = portalToday();
  const [data, departments] = await Promise.all([
    listKpis(filter, { sort: list.sort, dir: list.dir, locale, today, userId: actor.id }, list.page, list.pageSize),
    departmentOptions(),
  ]);
  const entries = await withHealth(data.rows, today);
  const searching = Boolean(filter.q || filter.department || filter.source || filter.status || filter.frequency || filter.state !== "active");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canManage ? (
            <div className="flex flex-wrap gap-2">
              <Link href="/kpis/import" className={buttonVariants({ variant: "secondary" })} data-testid="import-kpi-values">{t("importValues")}</Link>
              <Link href="/kpis/new" className={buttonVariants()}>{t("new")}</Link>
            </div>
          ) : null
        }
      />
      <CatalogueFilters filter={filter} departments={departments} />
      <div className="mb-2 flex items-center justify-between gap-3 text-sm text-slate-600">
        <span data-testid="kpi-count">{t("count", { count: data.total })}</span>
        <a className="text-blue-700 underline" href={`/api/kpis/export${withParams(raw, { page: undefined, size: undefined })}`} data-testid="export-kpis">
          {t("exportXlsx")}
        </a>
      </div>
      <CatalogueTable entries={entries} sort={list.sort} dir={list.dir} searchParams={raw} searching={searching} canManage={canManage} />
      {data.total > 0 ? <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={raw} /> : null}
      <p className="mt-4 text-xs text-slate-500">{t("statusExplained")}</p>
      {canManage ? (
        <details className="mt-6 rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("recomputeTitle")}</summary>
          <div className="mt-3"><RecomputeButton /></div>
        </details>
      ) : null}
    </>
  );
}
