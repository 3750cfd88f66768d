import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/server/env";
import type { getIssueForActor } from "../queries";
import { formatDuration } from "./sla-indicator";

type Issue = NonNullable<Awaited<ReturnType<typeof getIssueForActor>>>["issue"];

/** Both clocks with due time, outcome and any recorded breach; "paused" while waiting for the reporter. */
export async function SlaPanel({ issue }: { issue: Issue }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: env().PORTAL_TIME_ZONE });
  const now = new Date();
  const rows = [
    { key: "firstResponse", due: issue.firstResponseDueAt, done: issue.firstRespondedAt, breached: issue.firstResponseBreachedAt },
    { key: "resolution", due: issue.resolutionDueAt, done: issue.resolvedAt, breached: issue.resolutionBreachedAt },
  ];
  return (
    <dl className="space-y-2 text-sm" data-testid="sla-panel">
      <div className="text-xs text-slate-500">
        {t("issues.sla.policy")}{t("common.colon")}{locale === "en" ? issue.slaPolicy.nameEn : issue.slaPolicy.nameZh}
        {" · "}{t(`issues.sla.mode.${issue.slaPolicy.mode}`)}
      </div>
      {rows.map((r) => {
        const left = r.due ? Math.round((r.due.getTime() - now.getTime()) / 60_000) : null;
        return (
          <div key={r.key} className="rounded border border-slate-200 p-2" data-testid={`sla-${r.key}`}>
            <dt className="font-medium text-slate-800">{t(`issues.sla.${r.key}`)}</dt>
            <dd className="text-slate-700">
              {r.due ? <div>{t("issues.sla.due", { at: date.format(r.due) })}</div> : null}
              {r.done ? (
                <div className="text-green-700">{t("issues.sla.doneAt", { at: date.format(r.done) })}</div>
              ) : issue.slaPausedAt ? (
                <div className="text-slate-500">{t("issues.sla.pausedSince", { at: date.format(issue.slaPausedAt) })}</div>
              ) : left !== null && ["RESOLVED", "CLOSED", "DUPLICATE"].indexOf(issue.status) < 0 ? (
                <div className={left < 0 ? "font-semibold text-red-700" : left < 60 ? "font-semibold text-amber-700" : ""}>
                  {left < 0 ? t("issues.sla.overdueBy", { amount: formatDuration(left, t as never) }) : t("issues.sla.left", { amount: formatDuration(left, t as never) })}
                </div>
              ) : null}
              {r.breached ? <div className="font-semibold text-red-700" data-testid="sla-breached">{t("issues.sla.breachedAt", { at: date.format(r.breached) })}</div> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
