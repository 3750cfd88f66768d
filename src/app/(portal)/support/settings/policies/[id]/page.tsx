import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { localized } from "@/modules/sla/components/labels";
import { PolicySettingsForm, TargetsForm } from "@/modules/sla/components/policy-forms";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { getPolicy, listCalendars, loadPolicyRules, portalTimeZone } from "@/modules/sla/queries";
import { deadlinesFor } from "@/modules/sla/service";
import { windowToDays } from "@/modules/sla/window";
import { requirePagePermission } from "@/server/session";

export default async function PolicyPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("support.configure");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [policy, calendars, t, locale] = await Promise.all([getPolicy(id.data), listCalendars(), getTranslations("sla"), getLocale()]);
  if (!policy) notFound();
  const zone = portalTimeZone();
  const w = windowToDays(zone, policy.validFrom, policy.validTo);
  const values = {
    code: policy.code, nameZh: policy.nameZh, nameEn: policy.nameEn, mode: policy.mode, calendarId: policy.calendarId ?? "",
    isDefault: policy.isDefault, active: policy.active, validFrom: w?.from ?? "", validTo: w?.to ?? "",
    sameDayCutoff: policy.sameDayCutoffMinute, sameDayEnd: policy.sameDayEndMinute,
  };
  const targets = Object.fromEntries(policy.targets.map((x) => [x.priority, x]));
  // What the clock makes of the targets for an issue filed this minute: the settings, checked by eye.
  const now = new Date();
  const rules = await loadPolicyRules(policy.id);
  const at = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: rules.timeZone });
  return (
    <>
      <SettingsHeader active="policies" trail={`${policy.code} · ${localized(policy, locale)}`} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <Card title={t("policies.settingsTitle")}>
          <PolicySettingsForm id={policy.id} version={policy.version} values={values} calendars={calendars.map((c) => ({ id: c.id, label: `${c.code} · ${c.name}` }))} />
        </Card>
        <div className="space-y-4">
          <Card title={t("policies.targetsTitle")}>
            <TargetsForm id={policy.id} version={policy.version} targets={targets} />
          </Card>
          <Card title={t("policies.previewTitle")}>
            <p className="mb-3 text-sm text-slate-600">{t("policies.previewHint", { at: at.format(now) })}</p>
            <Table caption={t("policies.previewTitle")}>
              <thead><tr><Th>{t("policies.priority")}</Th><Th>{t("policies.firstResponseDue")}</Th><Th>{t("policies.resolutionDue")}</Th></tr></thead>
              <tbody className="divide-y divide-slate-100" data-testid="policy-preview">
                {policy.targets.map((target) => {
                  const d = deadlinesFor(rules, { priority: target.priority, startedAt: now, pauses: [] });
                  return (
                    <tr key={target.priority}>
                      <Td className="font-medium">{target.priority}</Td>
                      <Td className="whitespace-nowrap">{at.format(d.firstResponse.dueAt)}</Td>
                      <Td className="whitespace-nowrap">{at.format(d.resolution.dueAt)}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <p className="mt-2 text-xs text-slate-500">
              <Badge tone={policy.mode === "WALL_CLOCK" ? "amber" : "blue"}>{t(`policies.modes.${policy.mode}`)}</Badge>{" "}
              {t("policies.issueCount", { count: policy._count.issues })}
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
