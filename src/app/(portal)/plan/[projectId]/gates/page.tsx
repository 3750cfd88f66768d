import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/modules/plan/components/format";
import { BaselineForm, GateCriterionForm, GateReviewForm, StartPhaseForm } from "@/modules/plan/components/gate-forms";
import { ProjectTabs } from "@/modules/plan/components/project-tabs";
import { StatusBadge } from "@/modules/plan/components/status-badge";
import { getProjectOverview, userNames } from "@/modules/plan/queries";
import { SaveAsTemplateForm } from "@/modules/plan/transfer/components/template-forms";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePagePermission } from "@/server/session";

export default async function GatesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const actor = await requirePagePermission("plan.read");
  const id = z.uuid().safeParse((await params).projectId);
  if (!id.success) notFound();
  const overview = await getProjectOverview(id.data);
  if (!overview) notFound();
  const [t, locale, baselines] = await Promise.all([
    getTranslations(),
    getLocale(),
    db.baseline.findMany({ where: { projectId: id.data }, orderBy: { createdAt: "desc" }, take: 5, select: { id: true, name: true, createdAt: true } }),
  ]);
  const names = await userNames(overview.phases.flatMap((p) => p.gateReviews.map((r) => r.decidedById)));
  const mayDecide = can(actor.role, "plan.gate.decide");
  const mayOverride = can(actor.role, "plan.override");
  const openDeliverables = await db.deliverable.groupBy({ by: ["taskId"], where: { projectId: id.data, required: true, status: { not: "ACCEPTED" } }, _count: { _all: true } });
  const taskPhase = new Map(overview.tasks.map((task) => [task.id, overview.periods.find((p) => p.id === task.periodId)?.phaseId]));
  const openByPhase = (phaseId: string) => openDeliverables.filter((g) => taskPhase.get(g.taskId) === phaseId).reduce((n, g) => n + g._count._all, 0);
  return (
    <>
      <ProjectTabs projectId={id.data} name={overview.project.name} active="gates" />
      <p className="mb-4 text-sm text-slate-600">{t("plan.gate.intro")}</p>
      <div className="space-y-4">
        {overview.phases.map((ph, i) => {
          const previous = overview.phases[i - 1];
          const gateOpen = previous ? !previous.gatePassed : false;
          return (
            <Card key={ph.id} title={ph.name} actions={<StatusBadge status={ph.gatePassed ? "PASS" : ph.gateReviews[0]?.decision ?? "OPEN"} label={ph.gatePassed ? t("plan.gate.passed") : ph.gateReviews[0] ? t(`plan.gate.decisions.${ph.gateReviews[0].decision}`) : t("plan.gate.notReviewed")} />}>
              <p className="text-sm text-slate-600">
                {ph.startedAt ? t("plan.phase.startedOn", { date: formatDay(ph.startedAt, locale) }) : t("plan.phase.notStarted")}
                {ph.startOverrideReason ? ` · ${t("plan.phase.overridden", { reason: ph.startOverrideReason })}` : ""}
              </p>
              <h3 className="mt-3 text-sm font-semibold">{t("plan.gate.criteria")}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                <li className="flex gap-2"><Mark met={openByPhase(ph.id) === 0} />{t("plan.gate.deliverablesOpen", { count: openByPhase(ph.id) })}</li>
                {ph.gateCriteria.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2">
                    <Mark met={c.met} />
                    <span>{c.description}{c.actual !== null ? ` · ${t("plan.gate.actual")} ${c.actual}` : ""}</span>
                    {can(actor.role, "plan.edit") ? <GateCriterionForm criterion={{ id: c.id, actual: c.actual, met: c.met, hasThreshold: c.threshold !== null }} /> : null}
                  </li>
                ))}
              </ul>
              {ph.gateReviews.length ? (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">{t("plan.gate.reviews")}</h3>
                  <ul className="mt-1 space-y-1 text-sm">
                    {ph.gateReviews.map((r) => (
                      <li key={r.id}>
                        <StatusBadge status={r.decision} label={t(`plan.gate.decisions.${r.decision}`)} /> {formatDay(r.decidedAt, locale)} · {names.get(r.decidedById) ?? "—"}
                        {r.conditions ? ` · ${t("plan.gate.conditions")}${t("common.colon")}${r.conditions}` : ""}{r.notes ? ` · ${r.notes}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {mayDecide && ph.gatePassed ? (
                <details className="mt-3 border-t border-slate-100 pt-3">
                  <summary className="cursor-pointer text-sm text-blue-700">{t("plan.gate.reviewAgain")}</summary>
                  <div className="mt-2"><GateReviewForm phaseId={ph.id} /></div>
                </details>
              ) : mayDecide ? (
                <div className="mt-3 border-t border-slate-100 pt-3"><GateReviewForm phaseId={ph.id} /></div>
              ) : null}
              {mayDecide && !ph.startedAt ? (
                <div className="mt-3 border-t border-slate-100 pt-3">
                  {gateOpen ? <p className="mb-2 text-sm text-amber-700">{t("plan.phase.gateOpenWarning", { phase: previous!.name })}</p> : null}
                  <StartPhaseForm phaseId={ph.id} version={ph.version} mayOverride={mayOverride} gateOpen={gateOpen} />
                </div>
              ) : null}
            </Card>
          );
        })}
        <Card title={t("plan.baseline.title")}>
          <ul className="mb-3 text-sm">
            {baselines.length === 0 ? <li className="text-slate-500">{t("plan.baseline.none")}</li> : null}
            {baselines.map((b) => <li key={b.id}>{b.name} · {formatDay(b.createdAt, locale)}</li>)}
          </ul>
          {can(actor.role, "plan.edit") ? <BaselineForm projectId={id.data} defaultName={t("plan.baseline.defaultName", { date: formatDay(overview.today, locale) })} /> : null}
        </Card>
        {can(actor.role, "plan.edit") ? (
          <Card title={t("plan.transfer.saveAsTemplate")}>
            <SaveAsTemplateForm projectId={id.data} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

/** Met, not met or not yet assessed, in plain text symbols every font has. */
function Mark({ met }: { met: boolean | null }) {
  return <span aria-hidden className={met === true ? "font-bold text-green-700" : met === false ? "font-bold text-red-700" : "text-slate-400"}>{met === true ? "✓" : met === false ? "✗" : "○"}</span>;
}
