import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { ListPagination } from "@/components/ui/list-pagination";
import { first, parseListParams, withParams } from "@/lib/list-params";
import { AuditTable } from "@/modules/audit/components/audit-table";
import { auditFacets, listAudit, parseAuditFilter } from "@/modules/audit/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("audit.read");
  const raw = await searchParams;
  const list = parseListParams(raw, ["at"], "at", "desc");
  const filter = parseAuditFilter(raw, list.q);
  const [data, facets, t] = await Promise.all([listAudit(filter, list.dir, list.page, list.pageSize), auditFacets(), getTranslations()]);
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <form method="get" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
        <Field id="q" label={t("audit.searchLabel")}>
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} />}
        </Field>
        <Field id="entity" label={t("audit.fields.entity")}>
          {(aria) => (
            <Select {...aria} name="entity" defaultValue={filter.entityType ?? ""}>
              <option value="">{t("common.all")}</option>
              {facets.entityTypes.map((e) => <option key={e} value={e}>{t.has(`audit.entities.${e}`) ? t(`audit.entities.${e}`) : e}</option>)}
            </Select>
          )}
        </Field>
        <Field id="action" label={t("audit.fields.action")}>
          {(aria) => (
            <Select {...aria} name="action" defaultValue={filter.action ?? ""}>
              <option value="">{t("common.all")}</option>
              {facets.actions.map((a) => <option key={a} value={a}>{t.has(`audit.actions.${a}`) ? t(`audit.actions.${a}`) : a}</option>)}
            </Select>
          )}
        </Field>
        <Field id="from" label={t("audit.from")}>
          {(aria) => <Input {...aria} name="from" type="date" defaultValue={first(raw.from)} />}
        </Field>
        <Field id="to" label={t("audit.to")}>
          {(aria) => <Input {...aria} name="to" type="date" defaultValue={first(raw.to)} />}
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit">{t("common.filter")}</Button>
          <Link href="/audit" className="text-sm text-blue-700 underline">{t("common.reset")}</Link>
        </div>
      </form>
      <div className="mb-2 flex justify-between text-sm">
        <Link className="text-blue-700 underline" href={withParams(raw, { dir: list.dir === "desc" ? "asc" : "desc", page: undefined })}>
          {list.dir === "desc" ? t("audit.oldestFirst") : t("audit.newestFirst")}
        </Link>
        <a className="text-blue-700 underline" href={`/api/audit/export${withParams(raw, { page: undefined })}`}>{t("common.exportXlsx")}</a>
      </div>
      <AuditTable rows={data.rows} />
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={raw} />
    </>
  );
}
