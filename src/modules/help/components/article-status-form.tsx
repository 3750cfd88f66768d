"use client";

import { useTranslations } from "next-intl";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setArticleStatusAction } from "../actions";

// What a writer can do next from each status.
const NEXT: Record<ArticleStatus, { to: ArticleStatus; label: string; variant: "primary" | "secondary" | "danger" }[]> = {
  DRAFT: [
    { to: "PUBLISHED", label: "publish", variant: "primary" },
    { to: "ARCHIVED", label: "archive", variant: "secondary" },
  ],
  PUBLISHED: [
    { to: "DRAFT", label: "unpublish", variant: "secondary" },
    { to: "ARCHIVED", label: "archive", variant: "secondary" },
  ],
  ARCHIVED: [{ to: "DRAFT", label: "restore", variant: "secondary" }],
};

export function ArticleStatusForm({ article }: { article: { id: string; version: number; status: ArticleStatus } }) {
  const t = useTranslations("help.actions");
  return (
    <ActionForm action={setArticleStatusAction} testId="article-status-form">
      {(form) => (
        <div className="flex flex-wrap gap-2">
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={article.version} />
          {NEXT[article.status].map((n) => (
            <Button key={n.to} type="submit" name="status" value={n.to} variant={n.variant} size="sm" disabled={form.pending}>
              {t(n.label)}
            </Button>
          ))}
        </div>
      )}
    </ActionForm>
  );
}
