import { getTranslations } from "next-intl/server";
import { Pagination } from "./table";

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Pagination for server-rendered lists, with the localized "page x of y, n in all" summary. */
export async function ListPagination({ page, pageSize, total, searchParams }: { page: number; pageSize: number; total: number; searchParams: RawSearchParams }) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Pagination
      page={page}
      pageSize={pageSize}
      total={total}
      searchParams={searchParams}
      labels={{ previous: t("previous"), next: t("next"), summary: t("pageSummary", { page, pages, total }) }}
    />
  );
}
