import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { first } from "@/lib/list-params";
import { CalendarHoursForm, DeleteCalendarForm } from "@/modules/sla/components/calendar-forms";
import { AddDayForm, HolidayPresetForm, ImportDaysForm, RemoveDayButton } from "@/modules/sla/components/day-forms";
import { Badge, SettingsHeader } from "@/modules/sla/components/settings-tabs";
import { YearNav } from "@/modules/sla/components/year-nav";
import { CN_PRESET_YEARS } from "@/modules/sla/holidays-cn";
import { getCalendar, portalTimeZone } from "@/modules/sla/queries";
import { localDay } from "@/modules/sla/zoned-time";
import { requirePagePermission } from "@/server/session";

export default async function CalendarPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("support.configure");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const thisYear = Number(localDay(portalTimeZone(), new Date()).slice(0, 4));
  const year = z.coerce.number().int().min(2000).max(2100).catch(thisYear).parse(first((await searchParams).year) ?? thisYear);
  const [calendar, t, locale] = await Promise.all([getCalendar(id.data, year), getTranslations("sla"), getLocale()]);
  if (!calendar) notFound();
  // Calendar days are dates without a zone: formatted in UTC they show the day as stored.
  const dayLabel = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", weekday: "short", timeZone: "UTC" });
  const holidays = calendar.days.filter((d) => d.kind === "HOLIDAY").length;
  return (
    <>
      <SettingsHeader active="calendars" trail={`${calendar.code} · ${calendar.name}`} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div className="space-y-4">
          <Card title={t("calendars.hoursTitle")}>
            <CalendarHoursForm calendar={{ ...calendar, workDays: [...calendar.workDays] }} />
          </Card>
          <Card title={t("days.presetTitle")}>
            <div className="space-y-3">{CN_PRESET_YEARS.map((y) => <HolidayPresetForm key={y} calendarId={calendar.id} year={y} />)}</div>
          </Card>
          <Card title={t("days.importTitle")}>
            <ImportDaysForm calendarId={calendar.id} />
          </Card>
          {calendar.slaPolicies.length === 0 ? (
            <Card title={t("calendars.delete")}>
              <DeleteCalendarForm id={calendar.id} version={calendar.version} />
            </Card>
          ) : (
            <p className="text-sm text-slate-500">{t("calendars.inUse", { policies: calendar.slaPolicies.map((p) => p.code).join(t("listSeparator")) })}</p>
          )}
        </div>
        <Card
          title={t("days.title", { year })}
          actions={<YearNav calendarId={calendar.id} year={year} years={calendar.years} />}
        >
          <p className="mb-3 text-sm text-slate-600" data-testid="day-summary">{t("days.summary", { holidays, workdays: calendar.days.length - holidays })}</p>
          <AddDayForm calendarId={calendar.id} year={year} />
          <div className="mt-4">
            <Table caption={t("days.title", { year })}>
              <thead>
                <tr><Th>{t("days.date")}</Th><Th>{t("days.kind")}</Th><Th>{t("days.name")}</Th><Th><span className="sr-only">{t("days.remove")}</span></Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="calendar-days">
                {calendar.days.length === 0 ? <EmptyRow colSpan={4}>{t("days.empty", { year })}</EmptyRow> : null}
                {calendar.days.map((d) => {
                  const iso = d.date.toISOString().slice(0, 10);
                  const label = dayLabel.format(d.date);
                  return (
                    <tr key={iso}>
                      <Td className="whitespace-nowrap">{label}</Td>
                      <Td><Badge tone={d.kind === "HOLIDAY" ? "red" : "blue"}>{t(`days.kinds.${d.kind}`)}</Badge></Td>
                      <Td>{d.name}</Td>
                      <Td className="text-right"><RemoveDayButton calendarId={calendar.id} date={iso} label={`${label} ${d.name}`} /></Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </div>
          <p className="mt-3 text-right text-sm">
            <Link href={`/support/settings/calendars/${calendar.id}/export`} className="text-blue-700 underline" prefetch={false}>{t("days.export")}</Link>
          </p>
        </Card>
      </div>
    </>
  );
}
