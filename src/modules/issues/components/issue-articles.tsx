import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { can } from "@/server/permissions";
import type { Actor } from "@/server/session";
import type { getIssueForActor } from "../queries";
import { ArticleFromIssue } from "./article-from-issue";

type Issue = NonNullable<Awaited<ReturnType<typeof getIssueForActor>>>["issue"];

/** Help articles that answer this issue, and for writers the one-step "turn into an article". */
export async function IssueArticles({ actor, issue }: { actor: Actor; issue: Issue }) {
  const t = await getTranslations("issues.articles");
  const visible = issue.articleLinks.filter((l) => l.article.status === "PUBLISHED" || can(actor.role, "help.write"));
  const mayCreate = can(actor.role, "help.write") && (issue.status === "RESOLVED" || issue.status === "CLOSED");
  if (visible.length === 0 && !mayCreate) return null;
  return (
    <Card title={t("title")}>
      {visible.length > 0 ? (
        <ul className="mb-2 list-disc pl-5 text-sm" data-testid="issue-articles">
          {visible.map((l) => (
            <li key={l.article.id}><Link className="text-blue-700 underline" href={`/help/${l.article.id}`}>{l.article.title}</Link></li>
          ))}
        </ul>
      ) : null}
      {mayCreate ? (
        <div className="space-y-2">
          <p className="text-xs text-slate-500">{t("createHint")}</p>
          <ArticleFromIssue issueId={issue.id} />
        </div>
      ) : null}
    </Card>
  );
}
