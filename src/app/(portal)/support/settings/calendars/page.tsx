import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { CreateCalendarForm } from "@/modules/sla/components/calendar-forms";
import { spanLabel, workDaysLabel } from "@/modules/sla/components/labels";
import { SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { listCalendars, portalTimeZone } from "@/modules/sla/queries";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("sla");
  return { title: `${t("tabs.calendars")} · ${t("title")}` };
}

export default async function CalendarsPage() {
  await requirePagePermission("support.configure");
  const [t, calendars] = await Promise.all([getTranslations("sla"), listCalendars()]);
  return (
    <>
      <SettingsHeader active="calendars" />
      <p className="mb-3 text-sm text-slate-600">{t("calendars.intro")}</p>
      <Table caption={t("tabs.calendars")}>
        <thead>
          <tr>
            <Th>{t("calendars.code")}</Th>
            <Th>{t("calendars.name")}</Th>
            <Th>{t("calendars.workDays")}</Th>
            <Th>{t("calendars.hours")}</Th>
            <Th>{t("calendars.lunch")}</Th>
            <Th>{t("calendars.timeZone")}</Th>
            <Th>{t("calendars.dayCount")}</Th>
            <Th>{t("calendars.usedBy")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calendars.length === 0 ? <EmptyRow colSpan={8}>{t("calendars.empty")}</EmptyRow> : null}
          {calendars.map((c) => (
            <tr key={c.id}>
              <Td><Link href={`/support/settings/calendars/${c.id}`} className="font-medium text-blue-700 hover:underline">{c.code}</Link></Td>
              <Td>{c.name}</Td>
              <Td>{workDaysLabel(t, c.workDays)}</Td>
              <Td className="whitespace-nowrap">{spanLabel(c.workStart, c.workEnd)}</Td>
              <Td className="whitespace-nowrap">{c.lunchStart !== null && c.lunchEnd !== null ? spanLabel(c.lunchStart, c.lunchEnd) : "—"}</Td>
              <Td>{c.timeZone}</Td>
              <Td>{c._count.days}</Td>
              <Td>{c.slaPolicies.map((p) => p.code).join(t("listSeparator")) || "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Card title={t("calendars.new")} className="mt-6">
        <CreateCalendarForm timeZone={portalTimeZone()} />
      </Card>
    </>
  );
}
