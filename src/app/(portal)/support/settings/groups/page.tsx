import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { CreateGroupForm } from "@/modules/sla/components/group-forms";
import { localized } from "@/modules/sla/components/labels";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { listGroups, supportStaff } from "@/modules/sla/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("sla");
  return { title: `${t("tabs.groups")} · ${t("title")}` };
}

export default async function GroupsPage() {
  await requirePagePermission("support.configure");
  const [t, locale, groups, staff] = await Promise.all([getTranslations("sla"), getLocale(), listGroups(), supportStaff()]);
  return (
    <>
      <SettingsHeader active="groups" />
      <p className="mb-3 text-sm text-slate-600">{t("groups.intro")}</p>
      <Table caption={t("tabs.groups")}>
        <thead>
          <tr>
            <Th>{t("groups.name")}</Th>
            <Th>{t("groups.lead")}</Th>
            <Th>{t("groups.members")}</Th>
            <Th>{t("groups.rules")}</Th>
            <Th>{t("groups.status")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="group-list">
          {groups.length === 0 ? <EmptyRow colSpan={5}>{t("groups.empty")}</EmptyRow> : null}
          {groups.map((g) => (
            <tr key={g.id} className={g.active ? "" : "text-slate-400"}>
              <Td>
                <Link href={`/support/settings/groups/${g.id}`} className="font-medium text-blue-700 hover:underline">{localized(g, locale)}</Link>
                <span className="block text-xs text-slate-500">{g.code} · {locale === "en" ? g.nameZh : g.nameEn}</span>
              </Td>
              <Td>{g.lead?.name ?? "—"}</Td>
              <Td>{g.members.map((m) => m.user.name).join(t("listSeparator")) || <span className="text-amber-700">{t("groups.noMembers")}</span>}</Td>
              <Td>{g._count.routingRules}</Td>
              <Td><Badge tone={g.active ? "green" : "slate"}>{t(g.active ? "active" : "inactive")}</Badge></Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Card title={t("groups.new")} className="mt-6">
        <CreateGroupForm staff={staff} />
      </Card>
    </>
  );
}
