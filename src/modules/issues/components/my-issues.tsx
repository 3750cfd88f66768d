import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/server/session";
import { issueKey } from "../constants";
import { homeIssueSummary } from "../queries";
import { IssueStatusBadge, PriorityBadge } from "./badges";
import { SlaIndicator } from "./sla-indicator";

/** Home card: for the desk its queues (breaching first), for everyone else their open issues and what to confirm. */
export async function MyIssues({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const s = await homeIssueSummary(actor);
  const now = new Date();
  return (
    <Card
      title={t(s.desk ? "issues.home.deskTitle" : "issues.home.title")}
      actions={<Link href="/issues/new" className="text-sm text-blue-700 underline">{t("issues.new")}</Link>}
    >
      <div data-testid="home-issues">
        {s.desk ? (
          <div className="mb-3 grid grid-cols-3 gap-2 text-center">
            {([["assigned", s.assigned], ["unassigned", s.unassigned], ["breaching", s.breaching]] as const).map(([view, n]) => (
              <Link key={view} href={`/issues?view=${view}`} className={`rounded border p-2 hover:bg-slate-50 ${view === "breaching" && n > 0 ? "border-red-300 bg-red-50" : "border-slate-200"}`}>
                <div className="text-2xl font-semibold tabular-nums">{n}</div>
                <div className="text-xs text-slate-600">{t(`issues.views.${view}`)}</div>
              </Link>
            ))}
          </div>
        ) : null}
        {s.toConfirm.length > 0 ? (
          <div className="mb-3 rounded border border-green-200 bg-green-50 p-2 text-sm">
            <p className="font-medium text-green-900">{t("issues.home.toConfirm")}</p>
            <ul className="list-disc pl-5">
              {s.toConfirm.map((i) => <li key={i.id}><Link className="text-blue-700 underline" href={`/issues/${i.id}`}>{issueKey(i.number)} {i.title}</Link></li>)}
            </ul>
          </div>
        ) : null}
        {s.mine.length === 0 ? (
          <p className="text-sm text-slate-500">{t(s.desk ? "issues.home.deskEmpty" : "issues.home.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {s.mine.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-2 py-1.5">
                <PriorityBadge priority={i.priority} label={t(`issues.priority.${i.priority}`)} />
                <Link className="min-w-0 flex-1 truncate text-blue-700 hover:underline" href={`/issues/${i.id}`}>{issueKey(i.number)} {i.title}</Link>
                <IssueStatusBadge status={i.status} label={t(`issues.status.${i.status}`)} />
                <SlaIndicator issue={i} now={now} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
