import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th, EmptyRow } from "@/components/ui/table";
import { withParams } from "@/lib/list-params";
import { dayOf, type Frequency, formatKpiValue } from "../logic";
import { DeleteValueButton } from "./delete-value-button";
import { formatPeriod } from "./format";

type Raw = Record<string, string | string[] | undefined>;

export interface ValueRow {
  id: bigint;
  periodStart: Date;
  value: number;
  note: string | null;
  origin: string;
  version: number;
  updatedAt: Date;
  enteredBy: { name: string } | null;
}

/** A KPI's values, newest period first; owners and managers may correct or delete each one. */
export async function ValuesTable({ kpi, rows, canWrite, searchParams }: {
  kpi: { id: string; unit: string; decimals: number; frequency: Frequency };
  rows: ValueRow[];
  canWrite: boolean;
  searchParams: Raw;
}) {
  const [t, locale] = await Promise.all([getTranslations("kpi.values"), getLocale()]);
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Table caption={t("title")}>
      <thead>
        <tr>
          <Th>{t("period.label")}</Th>
          <Th className="text-right">{t("value")}</Th>
          <Th>{t("origin")}</Th>
          <Th>{t("note")}</Th>
          <Th>{t("enteredBy")}</Th>
          <Th>{t("updatedAt")}</Th>
          {canWrite ? <Th><span className="sr-only">{t("actions")}</span></Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="kpi-values">
        {rows.length === 0 ? <EmptyRow colSpan={canWrite ? 7 : 6}>{t("empty")}</EmptyRow> : null}
        {rows.map((v) => {
          const day = dayOf(v.periodStart)!;
          const label = formatPeriod(day, kpi.frequency, locale);
          return (
            <tr key={String(v.id)} data-testid="kpi-value-row" data-period={day}>
              <Td className="whitespace-nowrap">{label}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatKpiValue(v.value, kpi.unit, kpi.decimals, locale)}</Td>
              <Td className="whitespace-nowrap">{t(`origins.${v.origin}`)}</Td>
              <Td className="min-w-40 max-w-xs whitespace-pre-line text-slate-700">{v.note ?? ""}</Td>
              <Td>{v.enteredBy?.name ?? "—"}</Td>
              <Td className="whitespace-nowrap text-slate-600">{moment.format(v.updatedAt)}</Td>
              {canWrite ? (
                <Td className="whitespace-nowrap">
                  <Link href={`${withParams(searchParams, { correct: day })}#enter-value`} className="mr-3 text-xs text-blue-700 underline" aria-label={t("correctNamed", { period: label })}>
                    {t("correct")}
                  </Link>
                  <DeleteValueButton kpiId={kpi.id} periodStart={day} version={v.version} label={label} />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
