import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { SLA_TARGET_PERCENT } from "../metrics";
import type { Dashboard } from "../queries";
import { BacklogChart, CsatChart, CsatDistributionChart, MttrChart, SlaChart } from "./charts";
import { ChartDataTable } from "./data-table";
import { formatIsoDay, formatNumber, weekLabel } from "./format";

function ChartCard({ title, note, chart, table, testId }: { title: string; note: string; chart: ReactNode; table: ReactNode; testId: string }) {
  return (
    <Card title={title} className="break-inside-avoid">
      <div data-testid={testId}>
        <p className="mb-2 text-xs text-slate-500">{note}</p>
        {chart}
        {table}
      </div>
    </Card>
  );
}

/** The trend charts, each with its numbers as a folded data table. */
export async function DashboardCharts({ data }: { data: Dashboard }) {
  const [t, locale] = await Promise.all([getTranslations("support.charts"), getLocale()]);
  const num = (v: number | null, digits = 1) => formatNumber(v, locale, digits);
  const pct = (v: number | null) => (v === null ? "—" : `${num(v)}%`);
  const week = { header: t("week"), cell: (r: { week: string }) => weekLabel(r.week, locale) };
  const tableProps = { summary: t("dataTable") };
  const distribution = data.csatDistribution.map((d) => ({ ...d, label: t("csat.scoreLabel", { score: d.score }) }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartCard
        testId="chart-sla"
        title={t("sla.title")}
        note={t("sla.note")}
        chart={<SlaChart data={data.slaWeekly} target={SLA_TARGET_PERCENT} locale={locale} labels={{ title: t("sla.title"), fr: t("sla.fr"), res: t("sla.res"), target: t("sla.target", { target: SLA_TARGET_PERCENT }), axis: t("sla.axis") }} />}
        table={
          <ChartDataTable {...tableProps} caption={t("sla.title")} rows={data.slaWeekly} columns={[
            week,
            { header: t("sla.filed"), numeric: true, cell: (r) => r.filed },
            { header: t("sla.frMet"), numeric: true, cell: (r) => r.frMet },
            { header: t("sla.frBreached"), numeric: true, cell: (r) => r.frBreached },
            { header: t("sla.fr"), numeric: true, cell: (r) => pct(r.frRate) },
            { header: t("sla.resMet"), numeric: true, cell: (r) => r.resMet },
            { header: t("sla.resBreached"), numeric: true, cell: (r) => r.resBreached },
            { header: t("sla.res"), numeric: true, cell: (r) => pct(r.resRate) },
          ]} />
        }
      />
      <ChartCard
        testId="chart-backlog"
        title={t("backlog.title")}
        note={t("backlog.note")}
        chart={<BacklogChart data={data.backlog} locale={locale} labels={{ title: t("backlog.title"), open: t("backlog.open"), created: t("backlog.created"), done: t("backlog.done"), axis: t("backlog.axis") }} />}
        table={
          <ChartDataTable {...tableProps} caption={t("backlog.title")} rows={data.backlog} columns={[
            { header: t("day"), cell: (r) => formatIsoDay(r.day, locale) },
            { header: t("backlog.created"), numeric: true, cell: (r) => r.created },
            { header: t("backlog.done"), numeric: true, cell: (r) => r.done },
            { header: t("backlog.open"), numeric: true, cell: (r) => r.open },
          ]} />
        }
      />
      <ChartCard
        testId="chart-mttr"
        title={t("mttr.title")}
        note={t("mttr.note")}
        chart={<MttrChart data={data.mttrWeekly} locale={locale} labels={{ title: t("mttr.title"), mean: t("mttr.mean"), median: t("mttr.median"), axis: t("mttr.axis") }} />}
        table={
          <ChartDataTable {...tableProps} caption={t("mttr.title")} rows={data.mttrWeekly} columns={[
            week,
            { header: t("mttr.resolved"), numeric: true, cell: (r) => r.resolved },
            { header: t("mttr.mean"), numeric: true, cell: (r) => num(r.meanHours) },
            { header: t("mttr.median"), numeric: true, cell: (r) => num(r.medianHours) },
          ]} />
        }
      />
      <ChartCard
        testId="chart-csat"
        title={t("csat.title")}
        note={t("csat.note")}
        chart={
          <>
            <CsatChart data={data.csatWeekly} locale={locale} labels={{ title: t("csat.title"), average: t("csat.average"), responses: t("csat.responses"), axis: t("csat.axis"), countAxis: t("csat.countAxis") }} />
            <h3 className="mt-4 text-sm font-medium text-slate-800">{t("csat.distribution")}</h3>
            <CsatDistributionChart data={distribution} labels={{ title: t("csat.distribution"), count: t("csat.count") }} />
          </>
        }
        table={
          <>
            <ChartDataTable {...tableProps} caption={t("csat.title")} rows={data.csatWeekly} columns={[
              week,
              { header: t("csat.responses"), numeric: true, cell: (r) => r.responses },
              { header: t("csat.average"), numeric: true, cell: (r) => num(r.average, 2) },
            ]} />
            <ChartDataTable summary={`${t("dataTable")} · ${t("csat.distribution")}`} caption={t("csat.distribution")} rows={distribution} columns={[
              { header: t("csat.score"), cell: (r) => r.label },
              { header: t("csat.count"), numeric: true, cell: (r) => r.count },
            ]} />
          </>
        }
      />
    </div>
  );
}
