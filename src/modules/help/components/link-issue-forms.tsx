"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { linkArticleIssueAction, unlinkArticleIssueAction } from "../actions";

/** Support links an article to an issue it answers, by the issue's number as people say it ("ISS-12"). */
export function LinkIssueForm({ articleId }: { articleId: string }) {
  const t = useTranslations("help.links");
  return (
    <ActionForm action={linkArticleIssueAction} testId="link-issue-form">
      {(form) => (
        <div className="flex items-end gap-2">
          <input type="hidden" name="articleId" value={articleId} />
          <div className="flex-1">
            <Field id="issueNumber" label={t("issueNumber")} error={form.error("issueNumber")}>
              {(aria) => <Input {...aria} name="issueNumber" placeholder="ISS-12" defaultValue={form.value("issueNumber")} autoComplete="off" />}
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={form.pending}>{t("link")}</Button>
        </div>
      )}
    </ActionForm>
  );
}

export function UnlinkIssueButton({ articleId, issueId, label }: { articleId: string; issueId: string; label: string }) {
  const t = useTranslations("help.links");
  return (
    <ActionForm action={unlinkArticleIssueAction}>
      {(form) => (
        <>
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="issueId" value={issueId} />
          <Button type="submit" variant="ghost" size="sm" disabled={form.pending} aria-label={t("unlinkLabel", { issue: label })}>
            {t("unlink")}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
