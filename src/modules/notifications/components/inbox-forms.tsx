"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("notifications.inbox");
  return (
    <ActionForm action={markNotificationReadAction}>
      {(form) => (
        <>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="ghost" size="sm" disabled={form.pending} aria-label={t("markReadOf", { title })}>
            {t("markRead")}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

/** `before` is when the page was rendered: what arrives after that stays unread. */
export function MarkAllReadForm({ before }: { before: string }) {
  const t = useTranslations("notifications.inbox");
  return (
    <ActionForm action={markAllNotificationsReadAction} testId="mark-all-read">
      {(form) => (
        <>
          <input type="hidden" name="before" value={before} />
          <Button type="submit" variant="secondary" disabled={form.pending}>
            {t("markAllRead")}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
