import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

/** The year shown, its neighbours and every year that has days, as links (?year=). */
export async function YearNav({ calendarId, year, years }: { calendarId: string; year: number; years: number[] }) {
  const t = await getTranslations("sla.days");
  const shown = [...new Set([...years, year - 1, year, year + 1])].sort((a, b) => a - b);
  return (
    <nav aria-label={t("years")} className="flex flex-wrap gap-1">
      {shown.map((y) => (
        <Link
          key={y}
          href={`/support/settings/calendars/${calendarId}?year=${y}`}
          aria-current={y === year ? "page" : undefined}
          className={cn("rounded px-2 py-1 text-xs", y === year ? "bg-slate-800 text-white" : years.includes(y) ? "text-blue-700 hover:bg-slate-100" : "text-slate-500 hover:bg-slate-100")}
        >
          {y}
        </Link>
      ))}
    </nav>
  );
}
