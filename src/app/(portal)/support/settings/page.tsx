import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { durationLabel, localized, workdayMinutes } from "@/modules/sla/components/labels";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { ERP_MODULES } from "@/modules/sla/constants";
import { clockText } from "@/modules/sla/format";
import { derivePriority, IMPACTS, URGENCIES } from "@/modules/sla/priority";
import { listCalendars, listGroups, listPolicies, listRoutingRules, policyInForce, portalTimeZone, unroutedModules } from "@/modules/sla/queries";
import { windowToDays } from "@/modules/sla/window";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("sla"))("title") };
}

export default async function SupportSettingsPage() {
  await requirePagePermission("support.configure");
  const [t, locale] = [await getTranslations("sla"), await getLocale()];
  const now = new Date();
  const [current, calendars, policies, groups, rules, unrouted] = await Promise.all([
    policyInForce(now), listCalendars(), listPolicies(), listGroups(), listRoutingRules(), unroutedModules(ERP_MODULES),
  ]);
  const zone = portalTimeZone();
  const period = current ? windowToDays(zone, current.validFrom, current.validTo) : null;
  const day = current?.mode === "BUSINESS" && current.calendar ? workdayMinutes(current.calendar) : null;
  const upcoming = policies.filter((p) => p.active && p.validFrom && p.validFrom > now);
  const counts = [
    { key: "calendars", href: "/support/settings/calendars", value: calendars.length },
    { key: "policies", href: "/support/settings/policies", value: policies.filter((p) => p.active).length },
    { key: "groups", href: "/support/settings/groups", value: groups.filter((g) => g.active).length },
    { key: "routing", href: "/support/settings/routing", value: rules.length },
  ] as const;
  return (
    <>
      <SettingsHeader active="overview" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("overview.inForce")}>
          {current ? (
            <div className="space-y-3" data-testid="policy-in-force">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/support/settings/policies/${current.id}`} className="font-medium text-blue-700 hover:underline">{localized(current, locale)}</Link>
                <Badge tone={current.mode === "WALL_CLOCK" ? "amber" : "blue"}>{t(`policies.modes.${current.mode}`)}</Badge>
              </p>
              <p className="text-sm text-slate-600">{period ? t("overview.windowUntil", { from: period.from, to: period.to }) : t("overview.defaultApplies")}</p>
              {current.sameDayCutoffMinute !== null && current.sameDayEndMinute !== null ? (
                <p className="text-sm text-slate-600">
                  <span className="font-medium">{t("policies.overnight")}</span>{t("colon")}
                  {t("policies.overnightShort", { cutoff: clockText(current.sameDayCutoffMinute), end: clockText(current.sameDayEndMinute) })}
                </p>
              ) : null}
              <Table caption={t("overview.targets")}>
                <thead><tr><Th>{t("policies.priority")}</Th><Th>{t("policies.firstResponse")}</Th><Th>{t("policies.resolution")}</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {current.targets.map((target) => (
                    <tr key={target.priority}>
                      <Td className="font-medium">{t(`policies.priorities.${target.priority}`)}</Td>
                      <Td>{durationLabel(t, target.firstResponseMinutes, day)}</Td>
                      <Td>{durationLabel(t, target.resolutionMinutes, day)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p className="text-xs text-slate-500">{t(current.mode === "WALL_CLOCK" ? "overview.wallClockNote" : "overview.businessNote")}</p>
            </div>
          ) : (
            <Alert tone="error">{t("errors.noPolicy")}</Alert>
          )}
          {upcoming.map((p) => {
            const w = windowToDays(zone, p.validFrom, p.validTo)!;
            return <p key={p.id} className="mt-3 text-sm text-slate-600">{t("overview.upcoming", { name: localized(p, locale), from: w.from, to: w.to })}</p>;
          })}
        </Card>
        <Card title={t("overview.matrix")}>
          <p className="mb-3 text-sm text-slate-600">{t("overview.matrixHint")}</p>
          <Table caption={t("overview.matrix")}>
            <thead>
              <tr>
                <Th>{t("overview.impactUrgency")}</Th>
                {URGENCIES.map((u) => <Th key={u}>{t(`urgencies.${u}`)}</Th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {IMPACTS.map((i) => (
                <tr key={i}>
                  <Th scope="row" className="bg-white">{t(`impacts.${i}`)}</Th>
                  {URGENCIES.map((u) => {
                    const p = derivePriority(i, u);
                    return <Td key={u}><Badge tone={p === "P1" ? "red" : p === "P2" ? "amber" : p === "P3" ? "blue" : "slate"}>{p}</Badge></Td>;
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t("overview.configuration")} className="lg:col-span-2">
          <ul className="grid gap-3 sm:grid-cols-4">
            {counts.map((c) => (
              <li key={c.key}>
                <Link href={c.href} className="block rounded-md border border-slate-200 p-3 hover:bg-slate-50">
                  <span className="block text-2xl font-semibold text-slate-900">{c.value}</span>
                  <span className="text-sm text-slate-600">{t(`overview.counts.${c.key}`, { count: c.value })}</span>
                </Link>
              </li>
            ))}
          </ul>
          {unrouted.length > 0 ? (
            <div className="mt-3">
              <Alert tone="info">{t("overview.unrouted", { modules: unrouted.map((m) => t(`routing.modules.${m}`)).join(t("listSeparator")) })}</Alert>
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
