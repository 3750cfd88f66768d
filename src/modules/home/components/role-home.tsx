import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { AuditTable } from "@/modules/audit/components/audit-table";
import { recentAudit } from "@/modules/audit/queries";
import { departmentName, getDepartment } from "@/modules/departments/queries";
import { countUsersByRole } from "@/modules/users/queries";
import { can, ROLES } from "@/server/permissions";
import type { Actor } from "@/server/session";
import { PlanHealth } from "@/modules/plan/components/plan-health";
import { MyWork } from "@/modules/plan/components/my-work";
import { MyIssues } from "@/modules/issues/components/my-issues";
import { RoleDashboard } from "@/modules/dashboards/components/role-dashboards";
import { PinnedKpis } from "@/modules/kpi/components/pinned-kpis";
import { getProjectOverview } from "@/modules/plan/queries";
import { db } from "@/server/db";
import { activeUsersByDepartment, weeklyActivity } from "../queries";

/** The signed-in user's home: what their role is for, plus the sections their permissions open. */
export async function RoleHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const department = await getDepartment(actor.departmentId);
  const duties = t.raw(`home.duties.${actor.role}`) as string[];
  return (
    <div className="space-y-4" data-testid={`home-${actor.role}`}>
      <Card>
        <h1 className="text-2xl font-semibold">{t("home.greeting", { name: actor.name })}</h1>
        <p className="mt-1 text-slate-600">
          {t(`roles.${actor.role}`)} · {department ? departmentName(department, locale) : "—"}
        </p>
        <h2 className="mt-4 text-sm font-semibold text-slate-700">{t("home.dutiesTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {duties.map((d) => <li key={d}>{d}</li>)}
        </ul>
      </Card>
      {can(actor.role, "kpi.read") ? <PinnedKpis actor={actor} /> : null}
      {can(actor.role, "plan.edit") || can(actor.role, "plan.override") ? <ActivePlanHealth /> : null}
      {can(actor.role, "issue.file") ? <MyIssues actor={actor} /> : null}
      {can(actor.role, "plan.read") ? <MyWork actor={actor} limit={8} /> : null}
      <RoleDashboard actor={actor} />
      <div className="grid gap-4 lg:grid-cols-2">
        {can(actor.role, "users.read") ? <TeamOverview /> : null}
        {can(actor.role, "users.manage") ? <AccountsByRole /> : null}
      </div>
      {can(actor.role, "audit.read") ? (
        <Card title={t("home.recentChanges")} actions={<Link href="/audit" className="text-sm text-blue-700 underline">{t("home.viewAll")}</Link>}>
          <AuditTable rows={await recentAudit({ take: 8 })} compact />
        </Card>
      ) : (
        <Card title={t("home.myActivity")}>
          <AuditTable rows={await recentAudit({ actorId: actor.id, take: 8 })} compact />
        </Card>
      )}
    </div>
  );
}

/** The plan's health for those who steer it: every project that is not closed, live ones first. */
async function ActivePlanHealth() {
  const projects = await db.project.findMany({ where: { status: { not: "CLOSED" } }, orderBy: [{ status: "desc" }, { startDate: "asc" }], take: 5, select: { id: true } });
  const overviews = await Promise.all(projects.map((p) => getProjectOverview(p.id)));
  return <>{overviews.map((o) => (o ? <PlanHealth key={o.project.id} overview={o} compact /> : null))}</>;
}

async function TeamOverview() {
  const [t, locale, departments, activity] = await Promise.all([getTranslations("home"), getLocale(), activeUsersByDepartment(), weeklyActivity()]);
  const max = Math.max(1, ...departments.map((d) => d.count));
  const rate = activity.activeUsers ? Math.round((activity.signedIn / activity.activeUsers) * 100) : 0;
  return (
    <Card title={t("team")}>
      <p className="mb-3 text-sm text-slate-600">{t("weeklyActivity", { signedIn: activity.signedIn, total: activity.activeUsers, rate })}</p>
      <ul className="space-y-2">
        {departments.map((d) => (
          <li key={d.id} className="grid grid-cols-[6rem_1fr_2rem] items-center gap-2 text-sm">
            <span className="truncate">{departmentName(d, locale)}</span>
            <span className="h-2 rounded bg-slate-100" aria-hidden>
              <span className="block h-2 rounded bg-blue-600" style={{ width: `${(d.count / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">{d.count}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

async function AccountsByRole() {
  const [t, groups] = await Promise.all([getTranslations(), countUsersByRole()]);
  const count = (role: string, active: boolean) => groups.find((g) => g.role === role && g.active === active)?._count._all ?? 0;
  return (
    <Card title={t("home.accounts")} actions={<Link href="/users" className="text-sm text-blue-700 underline">{t("home.manageUsers")}</Link>}>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-1 font-normal">{t("users.fields.role")}</th>
            <th className="py-1 text-right font-normal">{t("common.active")}</th>
            <th className="py-1 text-right font-normal">{t("common.inactive")}</th>
          </tr>
        </thead>
        <tbody>
          {ROLES.map((r) => (
            <tr key={r} className="border-t border-slate-100">
              <td className="py-1">{t(`roles.${r}`)}</td>
              <td className="py-1 text-right tabular-nums">{count(r, true)}</td>
              <td className="py-1 text-right tabular-nums">{count(r, false)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
