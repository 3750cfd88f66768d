"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { RowError } from "../validate";
import type { ImportSummary } from "../write";

/** One line per problem: the row people see in Excel (or the position in a REST request), the column, what is wrong. */
export function RowErrorTable({ errors }: { errors: RowError[] }) {
  const t = useTranslations("kpiTransfer");
  const tRoot = useTranslations();
  return (
    <div data-testid="kpi-import-errors" className="max-h-[28rem] overflow-auto rounded-md border border-slate-200">
      <Table caption={t("result.errorsCaption")}>
        <thead>
          <tr>
            <Th className="w-20">{t("result.row")}</Th>
            <Th className="w-48">{t("result.column")}</Th>
            <Th>{t("result.message")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((e, i) => (
            <tr key={i} data-testid="kpi-import-error-row" data-row={e.row ?? ""}>
              <Td className="tabular-nums">{e.row ?? t("result.wholeFile")}</Td>
              <Td className="whitespace-nowrap font-mono text-xs">{e.column ? t(`columns.${e.column}`) : "—"}</Td>
              <Td>{tRoot(e.key, e.params)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** Per KPI: how many values, how many periods are new and how many replace a value already there. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const t = useTranslations("kpiTransfer");
  const locale = useLocale();
  return (
    <div className="space-y-2" data-testid="kpi-import-summary">
      <p className="text-sm text-slate-700">{t("result.totals", { created: summary.created, replaced: summary.replaced })}</p>
      {summary.normalised ? <p className="text-sm text-slate-600">{t("result.normalised", { count: summary.normalised })}</p> : null}
      {summary.skippedEmpty ? <p className="text-sm text-slate-600">{t("result.skipped", { count: summary.skippedEmpty })}</p> : null}
      <Table caption={t("result.summaryCaption")}>
        <thead>
          <tr>
            <Th>{t("result.kpi")}</Th>
            <Th className="text-right">{t("result.rows")}</Th>
            <Th className="text-right">{t("result.created")}</Th>
            <Th className="text-right">{t("result.replaced")}</Th>
            <Th>{t("result.range")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {summary.perKpi.map((l) => (
            <tr key={l.code}>
              <Td>
                <span className="font-medium">{locale === "en" ? l.nameEn : l.nameZh}</span>
                <span className="ml-2 font-mono text-xs text-slate-500">{l.code}</span>
              </Td>
              <Td className="text-right tabular-nums">{l.rows}</Td>
              <Td className="text-right tabular-nums">{l.created}</Td>
              <Td className="text-right tabular-nums">{l.replaced}</Td>
              <Td className="whitespace-nowrap tabular-nums">{l.from === l.to ? l.from : `${l.from} – ${l.to}`}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Link href="/kpis" className="text-sm text-blue-700 hover:underline">{t("result.openKpis")}</Link>
    </div>
  );
}
