"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cn } from "@/lib/cn";
import type { ActionResult } from "@/server/action";
import { pinKpiAction, unpinKpiAction } from "../actions";

type PinResult = ActionResult<{ kpiId: string; pinned: boolean }>;

/** Pins or unpins a KPI on the user's home; a refusal (the pin limit) shows next to the button. */
export function PinButton({ kpiId, pinned, name, compact = false }: { kpiId: string; pinned: boolean; name: string; compact?: boolean }) {
  const t = useTranslations("kpi.pins");
  const [result, action, pending] = useActionState<PinResult | null, FormData>(
    (prev, form) => (pinned ? unpinKpiAction(prev, form) : pinKpiAction(prev, form)),
    null,
  );
  const label = pinned ? t("unpinNamed", { name }) : t("pinNamed", { name });
  return (
    <form action={action} className="inline-flex flex-col items-start">
      <input type="hidden" name="kpiId" value={kpiId} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={pinned}
        aria-label={label}
        title={label}
        data-testid="kpi-pin"
        className={cn(
          "inline-flex items-center gap-1 rounded-md border px-2 py-1 text-xs font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-50",
          pinned ? "border-blue-300 bg-blue-50 text-blue-800 hover:bg-blue-100" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
        )}
      >
        <span aria-hidden>{pinned ? "★" : "☆"}</span>
        {compact ? null : pinned ? t("unpin") : t("pin")}
      </button>
      {result && !result.ok ? (
        <span role="alert" className="mt-1 max-w-56 text-xs text-red-700" data-testid="kpi-pin-error">{result.error}</span>
      ) : null}
    </form>
  );
}
