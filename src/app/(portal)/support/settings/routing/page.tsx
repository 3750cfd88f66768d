import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { optionalId } from "@/lib/list-params";
import { localized } from "@/modules/sla/components/labels";
import { DeleteRuleButton, MoveRuleButton, RuleForm } from "@/modules/sla/components/routing-forms";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { ERP_MODULES } from "@/modules/sla/constants";
import { listGroups, listRoutingRules, supportStaff, unroutedModules } from "@/modules/sla/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("sla");
  return { title: `${t("tabs.routing")} · ${t("title")}` };
}

export default async function RoutingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("support.configure");
  const editId = optionalId((await searchParams).edit);
  const [t, locale, rules, groups, staff, unrouted] = await Promise.all([
    getTranslations("sla"), getLocale(), listRoutingRules(), listGroups(), supportStaff(), unroutedModules(ERP_MODULES),
  ]);
  const groupOptions = groups.filter((g) => g.active).map((g) => ({ id: g.id, label: localized(g, locale), memberIds: g.members.filter((m) => m.user.active).map((m) => m.user.id) }));
  const editing = rules.find((r) => r.id === editId);
  const tr = (key: string, params?: Record<string, string | number>) => t(`routing.${key}`, params);
  return (
    <>
      <SettingsHeader active="routing" />
      <p className="mb-3 text-sm text-slate-600">{tr("intro")}</p>
      {unrouted.length > 0 ? (
        <div className="mb-3"><Alert tone="info">{t("overview.unrouted", { modules: unrouted.map((m) => tr(`modules.${m}`)).join(t("listSeparator")) })}</Alert></div>
      ) : null}
      <Table caption={t("tabs.routing")}>
        <thead>
          <tr>
            <Th className="w-12">#</Th>
            <Th>{tr("module")}</Th>
            <Th>{tr("type")}</Th>
            <Th>{tr("group")}</Th>
            <Th>{tr("assignee")}</Th>
            <Th>{tr("order")}</Th>
            <Th><span className="sr-only">{tr("actions")}</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="routing-rules">
          {rules.length === 0 ? <EmptyRow colSpan={7}>{tr("empty")}</EmptyRow> : null}
          {rules.map((r) => {
            const name = `#${r.row} ${tr(`modules.${r.module}`)}`;
            return (
              <tr key={r.id} className={r.shadowedBy || !r.group.active ? "bg-amber-50/60" : r.id === editId ? "bg-blue-50" : ""}>
                <Td className="text-slate-500">{r.row}</Td>
                <Td className="font-medium">{tr(`modules.${r.module}`)}</Td>
                <Td>{r.type ? tr(`types.${r.type}`) : <span className="text-slate-500">{tr("anyType")}</span>}</Td>
                <Td>
                  {localized(r.group, locale)} {!r.group.active ? <Badge tone="slate">{t("inactive")}</Badge> : null}
                  {r.shadowedBy ? <span className="block text-xs text-amber-800">{tr("shadowed", { row: r.shadowedBy })}</span> : null}
                </Td>
                <Td>{r.assignee ? <>{r.assignee.name} {!r.assignee.active ? <Badge tone="slate">{t("inactive")}</Badge> : null}</> : <span className="text-slate-500">{tr("groupQueue")}</span>}</Td>
                <Td className="whitespace-nowrap">
                  <MoveRuleButton id={r.id} position={r.position} direction="up" disabled={r.row === 1} label={tr("moveUp", { rule: name })} />
                  <MoveRuleButton id={r.id} position={r.position} direction="down" disabled={r.last} label={tr("moveDown", { rule: name })} />
                </Td>
                <Td className="whitespace-nowrap text-right">
                  <Link href={`/support/settings/routing?edit=${r.id}`} className="mr-3 text-xs text-blue-700 underline" aria-label={tr("editLabel", { rule: name })}>{tr("edit")}</Link>
                  <DeleteRuleButton id={r.id} stamp={r.stamp} label={tr("deleteLabel", { rule: name })} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {editing ? (
        <Card title={tr("editTitle", { row: editing.row })} className="mt-6" actions={<Link href="/support/settings/routing" className="text-sm text-blue-700 underline">{tr("cancel")}</Link>}>
          <RuleForm
            key={editing.stamp}
            rule={{ id: editing.id, stamp: editing.stamp, module: editing.module, type: editing.type ?? "", groupId: editing.groupId, assigneeId: editing.assigneeId ?? "" }}
            groups={groupOptions.some((g) => g.id === editing.groupId) ? groupOptions : [...groupOptions, { id: editing.groupId, label: localized(editing.group, locale), memberIds: [] }]}
            people={staff}
          />
        </Card>
      ) : null}
      <Card title={tr("new")} className="mt-6">
        {groupOptions.length === 0 ? <p className="text-sm text-slate-500">{tr("needGroup")}</p> : <RuleForm groups={groupOptions} people={staff} />}
        <p className="mt-2 text-xs text-slate-500">{tr("newHint")}</p>
      </Card>
    </>
  );
}
