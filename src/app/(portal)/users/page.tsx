import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { parseListParams } from "@/lib/list-params";
import { listDepartments } from "@/modules/departments/queries";
import { UserList } from "@/modules/users/components/user-list";
import { listUsers, parseUserFilter, USER_SORTS } from "@/modules/users/queries";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("users.read");
  const raw = await searchParams;
  const list = parseListParams(raw, USER_SORTS, "name");
  const filter = parseUserFilter(raw, list.q);
  const [data, departments, t] = await Promise.all([
    listUsers(filter, list.sort, list.dir, list.page, list.pageSize),
    listDepartments(),
    getTranslations("users"),
  ]);
  const canManage = can(actor.role, "users.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canManage ? <Link href="/users/new" className={buttonVariants()}>{t("new")}</Link> : null}
      />
      <UserList data={data} list={list} filter={filter} departments={departments} searchParams={raw} canManage={canManage} />
    </>
  );
}
