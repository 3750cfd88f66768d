import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ListPagination } from "@/components/ui/list-pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { first, parseListParams } from "@/lib/list-params";
import { formatMonth } from "@/modules/dashboards/components/format";
import { monthKey, parseMonth } from "@/modules/dashboards/month";
import { listMonthlyReviews } from "@/modules/dashboards/monthly-queries";
import { todayDay } from "@/modules/dashboards/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboards"))("monthly.title") };
}

/** The months that have a review (月度回顾), newest first. */
export default async function MonthlyReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("dashboard.executive");
  const raw = await searchParams;
  // The month picker is a plain GET form: jump to the chosen month's report.
  const goto = parseMonth(first(raw.goto));
  if (goto) redirect(`/reports/monthly/${monthKey(goto)}`);
  const list = parseListParams(raw, ["month"], "month", "desc");
  const [data, t, locale] = await Promise.all([listMonthlyReviews(list.page, list.pageSize), getTranslations("dashboards.monthly"), getLocale()]);
  const thisMonth = monthKey(todayDay());
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <form method="get" action="/reports/monthly" className="flex items-end gap-2">
              <label className="text-sm text-slate-700">
                <span className="block">{t("pickMonth")}</span>
                <input type="month" name="goto" defaultValue={thisMonth} max={thisMonth} required className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm" />
              </label>
              <button type="submit" className={buttonVariants({ variant: "secondary" })}>{t("open")}</button>
            </form>
            <Link href={`/reports/monthly/${thisMonth}`} className={buttonVariants({ variant: "primary" })} data-testid="this-month">{t("thisMonth")}</Link>
          </>
        }
      />
      {data.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500" data-testid="reviews-empty">{t("empty")}</p>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("month")}</Th>
              <Th>{t("summary")}</Th>
              <Th className="text-right">{t("comments")}</Th>
              <Th className="text-right">{t("actionsDone")}</Th>
              <Th>{t("updated")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="review-list">
            {data.rows.map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/reports/monthly/${monthKey(r.month)}`} className="text-blue-700 hover:underline">{formatMonth(r.month, locale)}</Link>
                </Td>
                <Td className="max-w-xl"><span className="line-clamp-2">{r.summary || t("noSummary")}</span></Td>
                <Td className="text-right tabular-nums">{r._count.comments}</Td>
                <Td className="text-right tabular-nums">{r.actionsDone}/{r._count.actions}</Td>
                <Td className="whitespace-nowrap text-slate-600">{r.updatedBy?.name ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={raw} />
    </>
  );
}
