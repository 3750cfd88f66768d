import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { departmentName } from "@/modules/departments/queries";
import { env } from "@/server/env";
import { can } from "@/server/permissions";
import type { Actor } from "@/server/session";
import { issueKey } from "../constants";
import { assignableUsers, supportGroups, type getIssueForActor } from "../queries";
import { deskMoves } from "../workflow";
import { IssueStatusBadge, PriorityBadge } from "./badges";
import { CommentForm, WatchToggle } from "./comment-form";
import { AttachmentList, Conversation } from "./conversation";
import { DeskForms } from "./desk-forms";
import { IssueHistory } from "./history";
import { IssueArticles } from "./issue-articles";
import { ConfirmOrReopen, RateForm } from "./reporter-forms";
import { SlaPanel } from "./sla-panel";

type Detail = NonNullable<Awaited<ReturnType<typeof getIssueForActor>>>;

export async function IssueDetail({ actor, detail }: { actor: Actor; detail: Detail }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const { issue } = detail;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: env().PORTAL_TIME_ZONE });
  const desk = can(actor.role, "issue.work");
  const isReporter = issue.reporterId === actor.id;
  const [assignees, groups] = desk ? await Promise.all([assignableUsers(), supportGroups()]) : [[], []];
  const closedForComments = issue.status === "CLOSED" || issue.status === "DUPLICATE";
  const facts: [string, React.ReactNode][] = [
    [t("issues.fields.module"), t(`issues.module.${issue.module}`)],
    [t("issues.fields.type"), t(`issues.type.${issue.type}`)],
    [t("issues.fields.impact"), t(`issues.impact.${issue.impact}`)],
    [t("issues.fields.urgency"), t(`issues.urgency.${issue.urgency}`)],
    [t("issues.fields.reporter"), `${issue.reporter.name} · ${departmentName(issue.department, locale)}`],
    [t("issues.fields.assignee"), issue.assignee?.name ?? t("issues.unassigned")],
    [t("issues.fields.group"), issue.group ? departmentName(issue.group, locale) : "—"],
    [t("issues.fields.project"), issue.project?.name ?? "—"],
    [t("issues.fields.createdAt"), date.format(issue.createdAt)],
    [t("issues.fields.source"), t(`issues.source.${issue.source}`)],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            <Link href="/issues" className="text-blue-700 hover:underline">{t("issues.title")}</Link> / <span className="font-mono">{issueKey(issue.number)}</span>
          </p>
          <h1 className="mt-1 text-xl font-semibold text-slate-900" data-testid="issue-title">{issue.title}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <PriorityBadge priority={issue.priority} label={t(`issues.priority.${issue.priority}`)} />
            <span className="text-sm text-slate-700">{t(`issues.priority.${issue.priority}`)}</span>
            <IssueStatusBadge status={issue.status} label={t(`issues.status.${issue.status}`)} />
            {issue.reopenCount > 0 ? <span className="text-xs text-rose-700">{t("issues.reopenedTimes", { n: issue.reopenCount })}</span> : null}
          </div>
        </div>
        <WatchToggle issueId={issue.id} watching={detail.watching} />
      </div>
      {issue.duplicateOf ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-2 text-sm" data-testid="duplicate-of">
          {t("issues.duplicateOf")}{" "}
          <Link className="text-blue-700 underline" href={`/issues/${issue.duplicateOf.id}`}>{issueKey(issue.duplicateOf.number)} {issue.duplicateOf.title}</Link>
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-4">
          <Card title={t("issues.fields.description")}>
            <Markdown source={issue.description} />
            <AttachmentList files={detail.attachments.filter((a) => a.commentId === null)} />
          </Card>
          {isReporter && issue.status === "RESOLVED" ? (
            <Card title={t("issues.reporter.resolvedTitle")}><ConfirmOrReopen issueId={issue.id} canConfirm /></Card>
          ) : null}
          {isReporter && issue.status === "CLOSED" && issue.csatScore === null ? (
            <Card title={t("issues.reporter.rateTitle")}><RateForm issueId={issue.id} /></Card>
          ) : null}
          {issue.csatScore !== null ? (
            <p className="text-sm text-slate-700" data-testid="csat">
              {t("issues.reporter.rated", { score: issue.csatScore })}{issue.csatComment ? ` — ${issue.csatComment}` : ""}
            </p>
          ) : null}
          {isReporter && issue.status === "CLOSED" ? (
            <details className="text-sm"><summary className="cursor-pointer text-blue-700">{t("issues.reporter.reopenClosed")}</summary><ConfirmOrReopen issueId={issue.id} canConfirm={false} /></details>
          ) : null}
          <Card title={t("issues.conversation.title")}>
            <Conversation detail={detail} />
            <div className="mt-4 border-t border-slate-200 pt-4">
              {closedForComments ? <p className="text-sm text-slate-500">{t("issues.conversation.closed")}</p> : <CommentForm issueId={issue.id} canNote={desk} />}
            </div>
          </Card>
          {issue.duplicates.length > 0 ? (
            <Card title={t("issues.duplicates")}>
              <ul className="list-disc pl-5 text-sm">
                {issue.duplicates.map((d) => <li key={d.id}><Link className="text-blue-700 underline" href={`/issues/${d.id}`}>{issueKey(d.number)} {d.title}</Link></li>)}
              </ul>
            </Card>
          ) : null}
        </div>
        <div className="min-w-0 space-y-4">
          <Card title={t("issues.details")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {facts.map(([k, v]) => (
                <div key={k} className="contents"><dt className="text-slate-500">{k}</dt><dd className="text-slate-800">{v}</dd></div>
              ))}
            </dl>
          </Card>
          <Card title={t("issues.sla.title")}><SlaPanel issue={issue} /></Card>
          {desk ? (
            <Card title={t("issues.desk.title")}>
              <DeskForms
                issue={issue}
                moves={[...deskMoves(issue.status)]}
                assignees={assignees}
                groups={groups.map((g) => ({ id: g.id, name: departmentName(g, locale) }))}
              />
            </Card>
          ) : null}
          <IssueArticles actor={actor} issue={issue} />
          <Card title={t("issues.history.title")}><IssueHistory events={detail.events} /></Card>
        </div>
      </div>
    </div>
  );
}
