import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { currentClock, minutesLeft, slaState, type SlaState } from "../sla-state";

const STYLE: Record<SlaState, string> = {
  met: "text-green-700",
  breached: "text-red-700 font-semibold",
  overdue: "text-red-700 font-semibold",
  paused: "text-slate-500",
  atRisk: "text-amber-700 font-semibold",
  onTrack: "text-slate-700",
  none: "text-slate-400",
};

export function formatDuration(minutes: number, t: (k: string, p?: Record<string, number>) => string): string {
  const m = Math.abs(minutes);
  if (m < 60) return t("issues.duration.minutes", { m });
  if (m < 48 * 60) return t("issues.duration.hours", { h: Math.floor(m / 60), m: m % 60 });
  return t("issues.duration.days", { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/** The list's SLA cell: state and time left (or over). */
export async function SlaIndicator({ issue, now }: { issue: Parameters<typeof slaState>[0]; now: Date }) {
  const t = await getTranslations();
  const state = slaState(issue, now);
  const clock = currentClock(issue);
  const left = minutesLeft(clock.dueAt, now);
  const amount = left === null ? "" : formatDuration(left, t as never);
  return (
    <span className={cn("whitespace-nowrap text-xs", STYLE[state])} data-sla={state}>
      {t(`issues.sla.state.${state}`, { amount })}
    </span>
  );
}
