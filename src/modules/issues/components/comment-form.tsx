"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { commentAction, watchAction } from "../actions";
import { MAX_ATTACHMENTS } from "../constants";
import { TEXTAREA } from "./file-issue-form";

export function CommentForm({ issueId, canNote }: { issueId: string; canNote: boolean }) {
  const t = useTranslations("issues.conversation");
  return (
    <ActionForm action={commentAction} className="space-y-2" testId="comment-form">
      {(s) => (
        <>
          <input type="hidden" name="issueId" value={issueId} />
          <Field id="body" label={t("reply")} error={s.error("body")} hint={t("markdownHint")}>
            {(aria) => <textarea {...aria} name="body" rows={4} className={TEXTAREA} defaultValue={s.value("body", "")} />}
          </Field>
          <Field id="comment-files" label={t("attach")} error={s.error("attachments")} hint={t("attachHint", { max: MAX_ATTACHMENTS })}>
            {(aria) => <Input {...aria} name="attachments" type="file" multiple accept="image/*,.pdf,.txt,.csv,.xlsx,.docx,.zip" />}
          </Field>
          <div className="flex flex-wrap items-center gap-4">
            {canNote ? (
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="internal" defaultChecked={s.value("internal") === "on"} data-testid="internal-toggle" />
                {t("internal")}
              </label>
            ) : null}
            <Button type="submit" size="sm" disabled={s.pending} data-testid="send-comment">{t("send")}</Button>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function WatchToggle({ issueId, watching }: { issueId: string; watching: boolean }) {
  const t = useTranslations("issues");
  return (
    <ActionForm action={watchAction}>
      {(s) => (
        <>
          <input type="hidden" name="issueId" value={issueId} />
          <input type="hidden" name="watch" value={watching ? "false" : "true"} />
          <Button type="submit" size="sm" variant="secondary" disabled={s.pending} aria-pressed={watching}>
            {watching ? t("unwatch") : t("watch")}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
