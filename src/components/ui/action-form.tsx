"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import type { ActionResult } from "@/server/action";
import { Alert } from "./alert";

type FormAction<T> = (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export interface FormState {
  pending: boolean;
  error: (field: string) => string | undefined;
  /** What the user typed before a failed submit, so nothing has to be typed twice. */
  value: (field: string, fallback?: string) => string | undefined;
}

interface ActionFormProps<T> {
  action: FormAction<T>;
  children: (state: FormState) => ReactNode;
  /** Where to go after success; the result's data is passed in (e.g. a new id). */
  redirectTo?: (data: T) => string;
  className?: string;
  testId?: string;
}

/** A form bound to a server action: shows the localized error or success message and field errors. */
export function ActionForm<T>({ action, children, redirectTo, className, testId }: ActionFormProps<T>) {
  const [result, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const router = useRouter();
  useEffect(() => {
    if (result?.ok && redirectTo) router.push(redirectTo(result.data));
  }, [result, redirectTo, router]);

  const state: FormState = {
    pending,
    error: (field) => (result && !result.ok ? result.fieldErrors?.[field] : undefined),
    value: (field, fallback) => (result && !result.ok && result.values?.[field] !== undefined ? result.values[field] : fallback),
  };
  return (
    <form action={formAction} className={className} noValidate data-testid={testId}>
      <div aria-live="polite" className="mb-3 empty:mb-0">
        {result && !result.ok ? <Alert tone="error" testId="form-error">{result.error}</Alert> : null}
        {result?.ok && result.message ? <Alert tone="success" testId="form-success">{result.message}</Alert> : null}
      </div>
      {/* Remount the fields after each result so defaultValue shows what was typed. */}
      <div key={result ? JSON.stringify(result) : "initial"} className="contents">
        {children(state)}
      </div>
    </form>
  );
}
