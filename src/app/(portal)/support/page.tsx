import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { withParams } from "@/lib/list-params";
import { listDepartments } from "@/modules/departments/queries";
import { DashboardCharts } from "@/modules/support/components/dashboard-charts";
import { DashboardFilters } from "@/modules/support/components/dashboard-filters";
import { KpiTiles } from "@/modules/support/components/kpi-tiles";
import { OpenMatrix } from "@/modules/support/components/open-matrix";
import { filterParams, parseDashboardFilter } from "@/modules/support/period";
import { getDashboard, supportClock } from "@/modules/support/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("title") };
}

export default async function SupportDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("support.dashboard");
  const clock = supportClock();
  const filter = parseDashboardFilter(await searchParams, clock.today);
  const [data, departments, t] = await Promise.all([getDashboard(filter, clock), listDepartments(), getTranslations("support")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/support/daily-report" className={buttonVariants({ variant: "secondary" })}>{t("dailyReportLink")}</Link>
            <a href={`/api/support/export${withParams(filterParams(filter), {})}`} className={buttonVariants({ variant: "secondary" })} data-testid="export-dashboard">
              {t("exportXlsx")}
            </a>
          </>
        }
      />
      <DashboardFilters filter={filter} departments={departments} timeZone={clock.tz} />
      <KpiTiles kpis={data.kpis} filter={filter} today={clock.today} />
      <OpenMatrix cells={data.openMatrix} filter={filter} />
      <DashboardCharts data={data} />
    </>
  );
}
