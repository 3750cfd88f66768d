import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/session";
import { todayDay } from "../queries";
import { countDeliverablesWaiting, deliverablesWaiting, departmentTiles, systemHealth, weekAndMonthHealth } from "../role-queries";
import { ExecutiveSummary } from "./executive-summary";
import { formatDay, formatNumber } from "./format";
import { Figure, IssueFigures } from "./issue-health";
import { KpiTile } from "./kpi-tile";

// The part of each role's home that is a dashboard (issue 5): small server components, one per role.

/** PM: the plan's health is above; here the issue backlog and SLA this month, and deliverables waiting for a decision. */
async function PmDashboard() {
  const today = todayDay();
  const [t, tr, locale, health, waiting, waitingTotal] = await Promise.all([
    getTranslations("dashboards.home"), getTranslations("roles"), getLocale(), weekAndMonthHealth(today), deliverablesWaiting(6), countDeliverablesWaiting(),
  ]);
  return (
    <Card title={t("pmTitle")} actions={<Link href="/dashboard" className="text-sm text-blue-700 underline">{t("openBoard")}</Link>}>
      <div data-testid="home-pm-dashboard">
        <p className="mb-2 text-xs text-slate-500">{t("monthSoFar", { from: formatDay(health.ranges.month.from, locale), to: formatDay(today, locale) })}</p>
        <IssueFigures health={health.month} />
        <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("waitingTitle", { n: waitingTotal })}</h3>
        {waiting.length ? (
          <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="home-waiting">
            {waiting.map((d) => (
              <li key={d.id} className="flex items-center gap-2 py-1.5">
                <Link href={`/plan/${d.projectId}/tasks/${d.taskId}#deliverables`} className="min-w-0 flex-1 truncate text-blue-700 hover:underline">{d.name}</Link>
                <span className="shrink-0 text-xs text-slate-500">{t("waitingFor", { role: tr(d.acceptorRole), date: formatDay(d.updatedAt, locale) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-500">{t("waitingNone")}</p>
        )}
      </div>
    </Card>
  );
}

/** Support: the queues are in "my issues" above; here SLA compliance this week, CSAT and the backlog, with the desk. */
async function SupportDashboard() {
  const today = todayDay();
  const [t, locale, health] = await Promise.all([getTranslations("dashboards.home"), getLocale(), weekAndMonthHealth(today)]);
  const w = health.week;
  return (
    <Card title={t("supportTitle")} actions={<Link href="/support" className="text-sm text-blue-700 underline">{t("openSupport")}</Link>}>
      <div data-testid="home-support-dashboard">
        <p className="mb-2 text-xs text-slate-500">{t("weekSoFar", { from: formatDay(health.ranges.week.from, locale), to: formatDay(today, locale) })}</p>
        <IssueFigures health={w} />
        <p className="mt-2 text-xs text-slate-600">
          {t("firstResponse", { pct: w.firstResponseCompliancePct == null ? "—" : `${formatNumber(w.firstResponseCompliancePct, locale)}%`, n: w.firstResponded })}
        </p>
      </div>
    </Card>
  );
}

/** Key user: their department's KPIs (my issues and my tasks are above). */
async function KeyUserKpis({ actor }: { actor: Actor }) {
  const today = todayDay();
  const [t, tiles] = await Promise.all([getTranslations("dashboards.home"), departmentTiles(actor.departmentId, today)]);
  return (
    <Card title={t("departmentKpis")} actions={<Link href="/kpis" className="text-sm text-blue-700 underline">{t("allKpis")}</Link>}>
      <div data-testid="home-department-kpis">
        {tiles.length ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">{tiles.slice(0, 6).map((tile) => <KpiTile key={tile.kpi.id} tile={tile} />)}</ul>
        ) : (
          <p className="text-sm text-slate-500">{t("departmentKpisNone")}</p>
        )}
      </div>
    </Card>
  );
}

/** Admin: is the portal healthy — people signing in, mail and webhooks leaving, figures refreshed, KPI feeds on time. */
async function AdminSystem() {
  const today = todayDay();
  const [t, locale, s] = await Promise.all([getTranslations("dashboards.home"), getLocale(), systemHealth(today)]);
  const rate = s.activeUsers ? Math.round((s.signedIn / s.activeUsers) * 100) : 0;
  return (
    <Card title={t("systemTitle")}>
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-4" data-testid="home-system">
        <Figure testId="system-active" label={t("activeThisWeek")} value={`${rate}%`} detail={t("activeDetail", { n: s.signedIn, total: s.activeUsers })} tone={rate >= 80 ? "good" : "warn"} />
        <Figure
          testId="system-outbox"
          label={t("outbox")}
          value={s.outbox.pending}
          tone={s.outbox.stuck || s.outbox.failed ? "bad" : "good"}
          detail={t("outboxDetail", { stuck: s.outbox.stuck, failed: s.outbox.failed, sent: s.outbox.sent24h })}
        />
        <Figure
          testId="system-rollup"
          label={t("rollup")}
          value={s.rollup.dirty}
          tone={s.rollup.dirty > 1000 ? "warn" : "good"}
          detail={s.rollup.oldestDirty ? t("rollupOldest", { at: new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" }).format(s.rollup.oldestDirty) }) : t("rollupFresh")}
        />
        <Figure testId="system-kpis" label={t("kpiFeeds")} value={`${s.kpis.total - s.kpis.late}/${s.kpis.total}`} tone={s.kpis.late ? "warn" : "good"} detail={t("kpiFeedsDetail", { n: s.kpis.late })} />
      </div>
    </Card>
  );
}

const BY_ROLE: Partial<Record<Role, (props: { actor: Actor }) => Promise<React.ReactNode>>> = {
  PROJECT_MANAGER: PmDashboard,
  SUPPORT: SupportDashboard,
  KEY_USER: KeyUserKpis,
  ADMIN: AdminSystem,
  EXECUTIVE: ExecutiveSummary,
};

/** The dashboard of the signed-in user's role (nothing for roles without one). */
export async function RoleDashboard({ actor }: { actor: Actor }) {
  const Component = BY_ROLE[actor.role];
  return Component ? <Component actor={actor} /> : null;
}
