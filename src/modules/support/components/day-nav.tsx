import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { addDays } from "../period";

/** Previous / next day links and a date picker (a GET form: each day's report has its own URL). */
export async function DayNav({ day, today }: { day: string; today: string }) {
  const t = await getTranslations("support.report");
  const link = (d: string) => `/support/daily-report?day=${d}`;
  const next = addDays(day, 1);
  return (
    <nav aria-label={t("navLabel")} className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" data-print-hide>
      <Link href={link(addDays(day, -1))} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="prev">← {t("previous")}</Link>
      <form method="get" className="flex items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-600">{t("day")}</span>
          <Input type="date" name="day" defaultValue={day} max={today} className="h-8 py-1" aria-label={t("day")} />
        </label>
        <Button type="submit" size="sm" variant="secondary">{t("go")}</Button>
      </form>
      {next <= today ? (
        <Link href={link(next)} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="next">{t("next")} →</Link>
      ) : (
        <span className={buttonVariants({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" })} aria-disabled>{t("next")} →</span>
      )}
      {day !== today ? <Link href={link(today)} className="pb-1.5 text-sm text-blue-700 underline">{t("today")}</Link> : null}
    </nav>
  );
}
