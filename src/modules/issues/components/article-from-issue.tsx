"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { createArticleFromIssue } from "@/modules/help/actions";

/** One step from a solved issue to a help-article draft (prefilled, linked both ways), opened for editing. */
export function ArticleFromIssue({ issueId }: { issueId: string }) {
  const t = useTranslations("issues.articles");
  return (
    <ActionForm action={createArticleFromIssue} redirectTo={(d) => `/help/${d.id}/edit`} testId="article-from-issue">
      {(s) => (
        <>
          <input type="hidden" name="issueId" value={issueId} />
          <Button type="submit" size="sm" variant="secondary" disabled={s.pending}>{t("create")}</Button>
        </>
      )}
    </ActionForm>
  );
}
