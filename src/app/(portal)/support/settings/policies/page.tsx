import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { clockText } from "@/modules/sla/format";
import { durationLabel, localized, workdayMinutes } from "@/modules/sla/components/labels";
import { CreatePolicyForm } from "@/modules/sla/components/policy-forms";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { listCalendars, listPolicies, portalTimeZone } from "@/modules/sla/queries";
import { windowToDays } from "@/modules/sla/window";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("sla");
  return { title: `${t("tabs.policies")} · ${t("title")}` };
}

export default async function PoliciesPage() {
  await requirePagePermission("support.configure");
  const [t, locale, policies, calendars] = await Promise.all([getTranslations("sla"), getLocale(), listPolicies(), listCalendars()]);
  const zone = portalTimeZone();
  return (
    <>
      <SettingsHeader active="policies" />
      <p className="mb-3 text-sm text-slate-600">{t("policies.intro")}</p>
      <Table caption={t("tabs.policies")}>
        <thead>
          <tr>
            <Th>{t("policies.name")}</Th>
            <Th>{t("policies.mode")}</Th>
            <Th>{t("policies.appliesWhen")}</Th>
            <Th>{t("policies.targets")}</Th>
            <Th>{t("policies.status")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="policy-list">
          {policies.length === 0 ? <EmptyRow colSpan={5}>{t("policies.empty")}</EmptyRow> : null}
          {policies.map((p) => {
            const w = windowToDays(zone, p.validFrom, p.validTo);
            const day = p.mode === "BUSINESS" && p.calendar ? workdayMinutes(p.calendar) : null;
            return (
              <tr key={p.id} className={p.active ? "" : "text-slate-400"}>
                <Td className="min-w-44">
                  <Link href={`/support/settings/policies/${p.id}`} className="font-medium text-blue-700 hover:underline">{localized(p, locale)}</Link>
                  <span className="block text-xs text-slate-500">{p.code}{p.calendar ? ` · ${p.calendar.code}` : ""}</span>
                </Td>
                <Td><Badge tone={p.mode === "WALL_CLOCK" ? "amber" : "blue"}>{t(`policies.modes.${p.mode}`)}</Badge></Td>
                <Td className="whitespace-nowrap">
                  {w ? t("policies.windowRange", { from: w.from, to: w.to }) : p.isDefault ? t("policies.always") : "—"}
                  {p.sameDayCutoffMinute !== null && p.sameDayEndMinute !== null ? (
                    <span className="block max-w-56 whitespace-normal text-xs text-slate-600">
                      {t("policies.overnight")}{t("colon")}{t("policies.overnightShort", { cutoff: clockText(p.sameDayCutoffMinute), end: clockText(p.sameDayEndMinute) })}
                    </span>
                  ) : null}
                </Td>
                <Td>
                  <ul className="space-y-0.5 text-xs">
                    {p.targets.map((target) => (
                      <li key={target.priority} className="whitespace-nowrap">
                        <span className="font-medium">{target.priority}</span> {durationLabel(t, target.firstResponseMinutes, day)} / {durationLabel(t, target.resolutionMinutes, day)}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td className="space-x-1">
                  {p.isDefault ? <Badge tone="green">{t("policies.default")}</Badge> : null}
                  <Badge tone={p.active ? "green" : "slate"}>{t(p.active ? "active" : "inactive")}</Badge>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p className="mt-2 text-xs text-slate-500">{t("policies.targetsLegend")}</p>
      <Card title={t("policies.new")} className="mt-6">
        <CreatePolicyForm calendars={calendars.map((c) => ({ id: c.id, label: `${c.code} · ${c.name}` }))} />
      </Card>
    </>
  );
}
