"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { retryMessageAction } from "../actions";

export function RetryMessageForm({ id }: { id: string }) {
  const t = useTranslations("notifications.outbox");
  return (
    <ActionForm action={retryMessageAction}>
      {(form) => (
        <>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="secondary" size="sm" className="whitespace-nowrap" disabled={form.pending}>{t("retry")}</Button>
        </>
      )}
    </ActionForm>
  );
}
