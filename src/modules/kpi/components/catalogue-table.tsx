import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { departmentName } from "@/modules/departments/queries";
import type { KpiHealth } from "../health";
import { dayOf, formatKpiValue, unitLabel } from "../logic";
import type { KpiRow, KpiSort } from "../queries";
import { StatusBadge, Tag, TimelinessBadge } from "./badges";
import { formatDay, formatPeriod, kpiName } from "./format";
import { PinButton } from "./pin-button";

type Raw = Record<string, string | string[] | undefined>;

export interface CatalogueEntry {
  row: KpiRow;
  health: KpiHealth;
}

/** The catalogue's rows: what each KPI is, who owns it, where it stands and what comes next. */
export async function CatalogueTable({ entries, sort, dir, searchParams, searching, canManage }: {
  entries: CatalogueEntry[];
  sort: KpiSort;
  dir: "asc" | "desc";
  searchParams: Raw;
  searching: boolean;
  canManage: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (entries.length === 0) return <EmptyState searching={searching} canManage={canManage} />;
  const sortTh = (column: KpiSort, label: string) => <SortTh label={label} column={column} sort={sort} dir={dir} searchParams={searchParams} />;
  return (
    <Table caption={t("kpi.title")}>
      <thead>
        <tr>
          {sortTh("name", t("kpi.fields.name"))}
          {sortTh("department", t("kpi.fields.department"))}
          {sortTh("owner", t("kpi.fields.owner"))}
          <Th>{t("kpi.fields.unit")}</Th>
          <Th>{t("kpi.fields.frequency")} · {t("kpi.fields.source")}</Th>
          {sortTh("latest", t("kpi.fields.latestValue"))}
          {sortTh("status", t("kpi.fields.status"))}
          {sortTh("nextDue", t("kpi.fields.nextTarget"))}
          <Th><span className="sr-only">{t("kpi.pins.column")}</span></Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="kpi-rows">
        {entries.map(({ row: k, health: h }) => {
          const name = kpiName(k, locale);
          return (
            <tr key={k.id} data-testid="kpi-row" data-code={k.code} className={k.active ? undefined : "bg-slate-50 text-slate-500"}>
              <Td>
                <Link href={`/kpis/${k.id}`} className="font-medium text-blue-700 hover:underline">{name}</Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
                  <code>{k.code}</code>
                  {k.active ? null : <Tag>{t("kpi.archived")}</Tag>}
                </div>
              </Td>
              <Td>{k.departmentId ? departmentName({ nameZh: k.deptZh ?? "", nameEn: k.deptEn ?? "" }, locale) : t("kpi.companyWide")}</Td>
              <Td>{k.ownerName ?? "—"}</Td>
              <Td>{unitLabel(k.unit, locale) || "—"}</Td>
              <Td>
                {t(`kpi.frequencies.${k.frequency}`)}
                <div className="text-xs text-slate-500">{t(`kpi.sources.${k.source}`)}</div>
              </Td>
              <Td className="whitespace-nowrap">
                <span className="tabular-nums">{formatKpiValue(k.latestValue, k.unit, k.decimals, locale)}</span>
                <div className="text-xs text-slate-500">{k.latestPeriodStart ? formatPeriod(dayOf(k.latestPeriodStart)!, k.frequency, locale) : t("kpi.noValues")}</div>
              </Td>
              <Td>
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={h.status} label={t(`kpi.statuses.${h.status}`)} />
                  {h.timeliness ? (
                    <TimelinessBadge
                      state={h.timeliness.state}
                      label={t(`kpi.timeliness.${h.timeliness.state}`, { count: h.timeliness.missingPeriods })}
                      title={h.timeliness.duePeriod ? t("kpi.timeliness.duePeriod", { period: formatDay(h.timeliness.duePeriod, locale) }) : undefined}
                    />
                  ) : null}
                </div>
              </Td>
              <Td className="whitespace-nowrap">
                {h.next ? (
                  <>
                    <span className="tabular-nums">{formatKpiValue(h.next.value, k.unit, k.decimals, locale)}</span>
                    <div className="text-xs text-slate-500">{formatDay(h.next.dueDate, locale)} · {t("kpi.daysLeft", { count: h.next.daysLeft })}</div>
                  </>
                ) : "—"}
              </Td>
              <Td>{k.active ? <PinButton kpiId={k.id} pinned={k.pinned} name={name} compact /> : null}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

async function EmptyState({ searching, canManage }: { searching: boolean; canManage: boolean }) {
  const t = await getTranslations("kpi.empty");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center" data-testid="kpi-empty">
      <p className="text-base font-medium text-slate-800">{searching ? t("noMatch") : t("none")}</p>
      <p className="mt-2 text-sm text-slate-600">{searching ? t("noMatchHint") : canManage ? t("managerHint") : t("readerHint")}</p>
      <div className="mt-4 flex justify-center gap-4 text-sm">
        {searching ? <Link href="/kpis" className="text-blue-700 underline">{t("clear")}</Link> : null}
        {canManage && !searching ? <Link href="/kpis/new" className="text-blue-700 underline">{t("define")}</Link> : null}
      </div>
    </div>
  );
}
