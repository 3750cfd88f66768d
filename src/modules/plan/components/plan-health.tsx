import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { getProjectOverview } from "../queries";
import { formatDay } from "./format";
import { ProgressBar, StatusBadge } from "./status-badge";

type Overview = NonNullable<Awaited<ReturnType<typeof getProjectOverview>>>;

/** Progress against time elapsed, what is late or stuck, what waits for acceptance, what comes next. */
export async function PlanHealth({ overview, compact = false }: { overview: Overview; compact?: boolean }) {
  const t = await getTranslations("plan.health");
  const locale = await getLocale();
  const { project, health, phases } = overview;
  const behind = health.progress < health.expected - 5;
  // Late or stuck work needs attention even when the overall percentage keeps pace.
  const attention = !behind && (health.overdue.length > 0 || health.blocked.length > 0);
  const openGate = phases.find((p) => !p.gatePassed);
  const base = `/plan/${project.id}`;
  const stat = (label: string, value: string | number, href?: string, tone = "") => (
    <div className="rounded-md border border-slate-200 p-3">
      <div className="text-xs text-slate-500">{label}</div>
      <div className={`mt-1 text-xl font-semibold tabular-nums ${tone}`}>{href ? <Link href={href} className="hover:underline">{value}</Link> : value}</div>
    </div>
  );
  return (
    <Card title={compact ? <Link href={base} className="hover:underline">{project.name}</Link> : t("title")} className="space-y-4">
      <div data-testid="plan-health">
        <div className="flex items-baseline justify-between text-sm">
          <span>{t("progressVsTime", { progress: health.progress, expected: health.expected })}</span>
          <span className={behind ? "font-medium text-red-700" : attention ? "font-medium text-amber-700" : "text-green-700"}>{behind ? t("behind") : attention ? t("attention") : t("onTrack")}</span>
        </div>
        <ProgressBar value={health.progress} expected={health.expected} label={t("progress")} />
        <p className="mt-1 text-xs text-slate-500">{t("weighted")}</p>
        {health.currentPeriod ? <p className="mt-2 text-sm text-slate-600">{t("currentPeriod", { label: health.currentPeriod.label, title: health.currentPeriod.title })}</p> : null}
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stat(t("overdue"), health.overdue.length, `${base}/tasks?overdue=1`, health.overdue.length ? "text-red-700" : "")}
        {stat(t("blocked"), health.blocked.length, `${base}/tasks?status=BLOCKED`, health.blocked.length ? "text-red-700" : "")}
        {stat(t("waiting"), health.waiting.length, undefined, health.waiting.length ? "text-amber-700" : "")}
        {stat(t("readiness"), `${health.readiness.score}%`, `${base}/readiness`)}
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">{t("nextMilestone")}</dt>
          <dd>{health.nextMilestone ? `${health.nextMilestone.name} · ${formatDay(health.nextMilestone.date, locale)}` : t("none")}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("gate")}</dt>
          <dd>
            {openGate ? (
              <Link href={`${base}/gates`} className="hover:underline">{t("gateOpen", { phase: openGate.name })}</Link>
            ) : (
              <StatusBadge status="PASS" label={t("allGatesPassed")} />
            )}
          </dd>
        </div>
      </dl>
      {!compact && health.waiting.length ? (
        <div>
          <h3 className="text-sm font-semibold">{t("waitingList")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {health.waiting.map((d) => (
              <li key={d.id}><Link href={`${base}/tasks/${d.taskId}#deliverables`} className="text-blue-700 hover:underline">{d.name}</Link></li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
