import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ListPagination } from "@/components/ui/list-pagination";
import { first, optionalId, parseListParams, withParams } from "@/lib/list-params";
import { parseTrendRange, TREND_RANGES } from "@/modules/kpi/chart-data";
import { kpiName } from "@/modules/kpi/components/format";
import { KpiDefinition } from "@/modules/kpi/components/kpi-definition";
import { KpiSummary } from "@/modules/kpi/components/kpi-summary";
import { PinButton } from "@/modules/kpi/components/pin-button";
import { KpiTrend } from "@/modules/kpi/components/kpi-trend";
import { ValueForm } from "@/modules/kpi/components/value-form";
import { ValuesTable } from "@/modules/kpi/components/values-table";
import { getKpi, isPinned, listKpiValues } from "@/modules/kpi/detail-queries";
import { kpiHealth } from "@/modules/kpi/health";
import { mayEnterValues } from "@/modules/kpi/kpi-lookup";
import { dayOf } from "@/modules/kpi/logic";
import { portalToday } from "@/modules/kpi/today";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

type Raw = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("title") };
}

export default async function KpiPage({ params, searchParams }: { params: Promise<{ kpiId: string }>; searchParams: Promise<Raw> }) {
  const actor = await requirePagePermission("kpi.read");
  const id = optionalId((await params).kpiId);
  if (!id) notFound();
  const raw = await searchParams;
  const kpi = await getKpi(id);
  if (!kpi) notFound();
  const [t, locale] = await Promise.all([getTranslations("kpi"), getLocale()]);
  const today = portalToday();
  const list = parseListParams(raw, ["period"] as const, "period", "desc");
  const range = parseTrendRange(first(raw.range));
  const [values, pinned] = await Promise.all([listKpiValues(kpi.id, list.page, list.pageSize), isPinned(actor.id, kpi.id)]);
  const health = kpiHealth(kpi, kpi.targets, today);
  const canWrite = mayEnterValues(actor, kpi) && kpi.source !== "COMPUTED" && kpi.active;
  const correctDay = first(raw.correct);
  const correcting = canWrite && correctDay ? values.rows.find((v) => dayOf(v.periodStart) === correctDay) : undefined;
  const name = kpiName(kpi, locale);
  return (
    <>
      <nav className="mb-3 text-sm"><Link href="/kpis" className="text-blue-700 hover:underline">← {t("backToCatalogue")}</Link></nav>
      <PageHeader
        title={name}
        description={[kpi.code, kpi.active ? null : t("archived")].filter(Boolean).join(" · ")}
        actions={
          <>
            {kpi.active ? <PinButton kpiId={kpi.id} pinned={pinned} name={name} /> : null}
            {can(actor.role, "kpi.manage") ? <Link href={`/kpis/${kpi.id}/edit`} className={buttonVariants({ variant: "secondary" })} data-testid="edit-kpi">{t("edit")}</Link> : null}
          </>
        }
      />
      <KpiSummary kpi={kpi} health={health} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title={t("trend.title")} actions={<RangeSelector current={range} raw={raw} label={t("trend.range")} names={Object.fromEntries(TREND_RANGES.map((r) => [r, t(`trend.ranges.${r}`)]))} />}>
          <KpiTrend kpi={kpi} range={range} today={today} />
        </Card>
        <KpiDefinition kpi={kpi} />
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-[1fr_2fr]">
        <Card title={correcting ? t("values.correctTitle") : t("values.enterTitle")}>
          <div id="enter-value">
            {canWrite ? (
              <ValueForm key={correctDay ?? "new"} kpiId={kpi.id} frequency={kpi.frequency} unit={kpi.unit} decimals={kpi.decimals} today={today}
                correcting={correcting ? { periodStart: correctDay!, value: correcting.value, note: correcting.note, version: correcting.version } : undefined} />
            ) : (
              <p className="text-sm text-slate-600" data-testid="kpi-no-entry">
                {kpi.source === "COMPUTED" ? t("values.computedOnly") : !kpi.active ? t("values.archivedNoEntry") : t("values.ownerOnly", { owner: kpi.owner?.name ?? "—" })}
              </p>
            )}
          </div>
        </Card>
        <Card title={t("values.title")} actions={<a href={`/api/kpis/${kpi.id}/values/export`} className="text-sm text-blue-700 underline" data-testid="export-values">{t("exportXlsx")}</a>}>
          <ValuesTable kpi={kpi} rows={values.rows} canWrite={canWrite} searchParams={raw} />
          {values.total > 0 ? <ListPagination page={list.page} pageSize={list.pageSize} total={values.total} searchParams={raw} /> : null}
        </Card>
      </div>
    </>
  );
}

function RangeSelector({ current, raw, label, names }: { current: string; raw: Raw; label: string; names: Record<string, string> }) {
  return (
    <nav aria-label={label} className="flex gap-1" data-testid="kpi-range">
      {TREND_RANGES.map((r) => (
        <Link key={r} href={withParams(raw, { range: r, correct: undefined })} scroll={false} aria-current={r === current ? "true" : undefined}
          className={`rounded-md border px-2 py-1 text-xs ${r === current ? "border-blue-600 bg-blue-50 text-blue-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}>
          {names[r]}
        </Link>
      ))}
    </nav>
  );
}
