import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { issueKey } from "@/modules/issues/constants";
import { linkedIssues } from "../queries";
import { LinkIssueForm, UnlinkIssueButton } from "./link-issue-forms";

/**
 * The issues this article answers. Issue titles can say more than a reader may see, so only the support
 * desk (who may read every issue) gets the list; everyone else sees how often it helped.
 */
export async function LinkedIssues({ articleId, count, showList, canLink, sourceIssue }: {
  articleId: string;
  count: number;
  showList: boolean;
  canLink: boolean;
  sourceIssue: { id: string; number: number; title: string } | null;
}) {
  const t = await getTranslations("help");
  const links = showList ? await linkedIssues(articleId) : [];
  return (
    <Card title={t("links.title")}>
      <div className="space-y-3 text-sm" data-testid="linked-issues">
        <p className="text-slate-700">{t("links.count", { count })}</p>
        {sourceIssue ? (
          <p className="text-slate-600">
            {t("links.source")}{" "}
            <Link href={`/issues/${sourceIssue.id}`} className="text-blue-700 hover:underline">{issueKey(sourceIssue.number)}</Link>
          </p>
        ) : null}
        {links.length ? (
          <ul className="divide-y divide-slate-100">
            {links.map(({ issue }) => (
              <li key={issue.id} className="flex items-start justify-between gap-2 py-1.5">
                <Link href={`/issues/${issue.id}`} className="min-w-0 text-blue-700 hover:underline">
                  <span className="font-mono text-xs">{issueKey(issue.number)}</span> <span className="break-words">{issue.title}</span>
                </Link>
                {canLink ? <UnlinkIssueButton articleId={articleId} issueId={issue.id} label={issueKey(issue.number)} /> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {canLink ? <LinkIssueForm articleId={articleId} /> : null}
      </div>
    </Card>
  );
}
