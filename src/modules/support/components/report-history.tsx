import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { listSentReports } from "../report";
import { formatInstant, formatIsoDay } from "./format";

type Raw = Record<string, string | string[] | undefined>;

/** Reports already sent, newest first; each opens its snapshot. */
export async function ReportHistory({ data, page, pageSize, searchParams, timeZone }: { data: Awaited<ReturnType<typeof listSentReports>>; page: number; pageSize: number; searchParams: Raw; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("support.report.history"), getLocale()]);
  return (
    <section data-print-hide data-testid="report-history">
      <h2 className="mb-2 text-base font-semibold">{t("title")}</h2>
      <Table caption={t("title")}>
        <thead>
          <tr>
            <Th>{t("day")}</Th>
            <Th>{t("sentAt")}</Th>
            <Th>{t("sentBy")}</Th>
            <Th>{t("note")}</Th>
            <Th><span className="sr-only">{t("view")}</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={5}>{t("empty")}</EmptyRow> : null}
          {data.rows.map((row) => (
            <tr key={row.id}>
              <Td className="whitespace-nowrap">{formatIsoDay(row.day.toISOString().slice(0, 10), locale)}</Td>
              <Td className="whitespace-nowrap">{formatInstant(row.sentAt, locale, timeZone)}</Td>
              <Td className="whitespace-nowrap">{row.sentBy.name}</Td>
              <Td className="max-w-md truncate" title={row.note ?? undefined}>{row.note ?? "—"}</Td>
              <Td className="whitespace-nowrap"><Link href={`/support/daily-report/${row.id}`} className="text-blue-700 hover:underline">{t("view")}</Link></Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {data.total > pageSize ? <ListPagination page={page} pageSize={pageSize} total={data.total} searchParams={searchParams} /> : null}
    </section>
  );
}
