import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, SortTh, Table, Td, Th } from "@/components/ui/table";
import { withParams, type ListParams } from "@/lib/list-params";
import { departmentName } from "@/modules/departments/queries";
import { ROLES } from "@/server/permissions";
import type { listDepartments } from "@/modules/departments/queries";
import type { listUsers, UserFilter, UserSort } from "../queries";

type Raw = Record<string, string | string[] | undefined>;

interface Props {
  data: Awaited<ReturnType<typeof listUsers>>;
  list: ListParams<UserSort>;
  filter: UserFilter;
  departments: Awaited<ReturnType<typeof listDepartments>>;
  searchParams: Raw;
  canManage: boolean;
}

export async function UserList({ data, list, filter, departments, searchParams, canManage }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const sortProps = { sort: list.sort, dir: list.dir, searchParams };
  return (
    <>
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
        <Field id="q" label={t("common.search")}>
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} placeholder={t("users.searchPlaceholder")} />}
        </Field>
        <Field id="f-role" label={t("users.fields.role")}>
          {(aria) => (
            <Select {...aria} name="role" defaultValue={filter.role ?? ""}>
              <option value="">{t("common.all")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`roles.${r}`)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-department" label={t("users.fields.department")}>
          {(aria) => (
            <Select {...aria} name="department" defaultValue={filter.departmentId ?? ""}>
              <option value="">{t("common.all")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>{departmentName(d, locale)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-status" label={t("users.fields.status")}>
          {(aria) => (
            <Select {...aria} name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("common.all")}</option>
              <option value="active">{t("common.active")}</option>
              <option value="inactive">{t("common.inactive")}</option>
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit">{t("common.filter")}</Button>
          <Link href="/users" className="text-sm text-blue-700 underline">{t("common.reset")}</Link>
        </div>
      </form>
      <div className="mb-2 flex justify-end">
        <a className="text-sm text-blue-700 underline" href={`/api/users/export${withParams(searchParams, { page: undefined })}`} data-testid="export-users">
          {t("common.exportXlsx")}
        </a>
      </div>
      <Table caption={t("users.title")}>
        <thead>
          <tr>
            <SortTh label={t("users.fields.name")} column="name" {...sortProps} />
            <SortTh label={t("users.fields.email")} column="email" {...sortProps} />
            <SortTh label={t("users.fields.role")} column="role" {...sortProps} />
            <SortTh label={t("users.fields.department")} column="department" {...sortProps} />
            <Th>{t("users.fields.status")}</Th>
            <SortTh label={t("users.fields.lastLoginAt")} column="lastLoginAt" {...sortProps} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={6}>{t("users.empty")}</EmptyRow> : null}
          {data.rows.map((u) => (
            <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
              <Td>{canManage ? <Link className="text-blue-700 hover:underline" href={`/users/${u.id}`}>{u.name}</Link> : u.name}</Td>
              <Td>{u.email}</Td>
              <Td>{t(`roles.${u.role}`)}</Td>
              <Td>{departmentName(u.department, locale)}</Td>
              <Td>
                <span className={u.active ? "rounded bg-green-100 px-2 py-0.5 text-xs text-green-800" : "rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-600"}>
                  {t(u.active ? "common.active" : "common.inactive")}
                </span>
              </Td>
              <Td>{u.lastLoginAt ? date.format(u.lastLoginAt) : "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={searchParams} />
    </>
  );
}
