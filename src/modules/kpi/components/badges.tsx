import { cn } from "@/lib/cn";
import type { KpiStatus, Timeliness } from "../logic";

// Colour is never the only signal: every badge carries its word too.
const STATUS_STYLE: Record<KpiStatus, { dot: string; badge: string }> = {
  GREEN: { dot: "bg-green-600", badge: "border-green-200 bg-green-50 text-green-800" },
  AMBER: { dot: "bg-amber-500", badge: "border-amber-200 bg-amber-50 text-amber-900" },
  RED: { dot: "bg-red-600", badge: "border-red-200 bg-red-50 text-red-800" },
  NONE: { dot: "bg-slate-300", badge: "border-slate-200 bg-slate-50 text-slate-600" },
};

export const STATUS_COLORS: Record<KpiStatus, string> = { GREEN: "#16a34a", AMBER: "#f59e0b", RED: "#dc2626", NONE: "#94a3b8" };

export function StatusBadge({ status, label }: { status: KpiStatus; label: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium", STATUS_STYLE[status].badge)} data-testid="kpi-status" data-status={status}>
      <span className={cn("h-2 w-2 rounded-full", STATUS_STYLE[status].dot)} aria-hidden />
      {label}
    </span>
  );
}

export function TimelinessBadge({ state, label, title }: { state: Timeliness; label: string; title?: string }) {
  if (state === "ON_TIME") return null;
  const style = state === "MISSING" ? "border-red-200 bg-red-50 text-red-800" : "border-amber-200 bg-amber-50 text-amber-900";
  return (
    <span className={cn("inline-flex whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium", style)} title={title} data-testid="kpi-timeliness" data-state={state}>
      {label}
    </span>
  );
}

export function Tag({ children }: { children: React.ReactNode }) {
  return <span className="inline-flex whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{children}</span>;
}
