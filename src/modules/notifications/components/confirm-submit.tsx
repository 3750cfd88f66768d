"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A destructive submit in two steps, with the keyboard: the first press asks, the second does it. */
export function ConfirmSubmit({ label, question, confirmLabel, cancelLabel, pending }: { label: string; question: string; confirmLabel: string; cancelLabel: string; pending: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2">
      <span className="text-xs text-slate-700">{question}</span>
      <Button type="submit" variant="danger" size="sm" disabled={pending} autoFocus>
        {confirmLabel}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setAsking(false)}>
        {cancelLabel}
      </Button>
    </span>
  );
}
