import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { AddMemberForm, GroupSettingsForm, RemoveMemberButton } from "@/modules/sla/components/group-forms";
import { localized } from "@/modules/sla/components/labels";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { getGroup, supportStaff } from "@/modules/sla/queries";
import { requirePagePermission } from "@/server/session";

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("support.configure");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [group, staff, t, tRoles, locale] = await Promise.all([getGroup(id.data), supportStaff(), getTranslations("sla"), getTranslations("roles"), getLocale()]);
  if (!group) notFound();
  const memberIds = new Set(group.members.map((m) => m.user.id));
  // A lead who has since left stays visible in the list until someone picks another.
  const leadOptions = !group.lead || staff.some((s) => s.id === group.leadId) ? staff : [...staff, group.lead];
  return (
    <>
      <SettingsHeader active="groups" trail={`${group.code} · ${localized(group, locale)}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("groups.settingsTitle")}>
          <GroupSettingsForm
            id={group.id}
            version={group.version}
            values={{ code: group.code, nameZh: group.nameZh, nameEn: group.nameEn, leadId: group.leadId ?? "", active: group.active }}
            staff={leadOptions}
          />
        </Card>
        <div className="space-y-4">
          <Card title={t("groups.membersTitle", { count: group.members.length })}>
            <Table caption={t("groups.membersTitle", { count: group.members.length })}>
              <thead><tr><Th>{t("groups.person")}</Th><Th>{t("groups.role")}</Th><Th><span className="sr-only">{t("groups.remove")}</span></Th></tr></thead>
              <tbody className="divide-y divide-slate-100" data-testid="member-list">
                {group.members.length === 0 ? <EmptyRow colSpan={3}>{t("groups.noMembers")}</EmptyRow> : null}
                {group.members.map(({ user }) => (
                  <tr key={user.id} className={user.active ? "" : "text-slate-400"}>
                    <Td>
                      {user.name} {user.id === group.leadId ? <Badge tone="blue">{t("groups.leadBadge")}</Badge> : null}
                      {!user.active ? <Badge tone="slate">{t("inactive")}</Badge> : null}
                      <span className="block text-xs text-slate-500">{user.email}</span>
                    </Td>
                    <Td>{tRoles(user.role)}</Td>
                    <Td className="text-right"><RemoveMemberButton groupId={group.id} userId={user.id} name={user.name} /></Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <div className="mt-4">
              <AddMemberForm groupId={group.id} candidates={staff.filter((s) => !memberIds.has(s.id))} />
            </div>
          </Card>
          <Card title={t("groups.rulesTitle")}>
            {group.routingRules.length === 0 ? (
              <p className="text-sm text-slate-500">{t("groups.noRules")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {group.routingRules.map((r, i) => (
                  <li key={i}>{t("routing.modules." + r.module)}{r.type ? ` · ${t("routing.types." + r.type)}` : ""}</li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm"><Link href="/support/settings/routing" className="text-blue-700 underline">{t("groups.editRules")}</Link></p>
          </Card>
        </div>
      </div>
    </>
  );
}
