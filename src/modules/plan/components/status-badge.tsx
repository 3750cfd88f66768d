import { cn } from "@/lib/cn";
import { STATUS_STYLE } from "./format";

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={cn("inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs", STATUS_STYLE[status] ?? "bg-slate-100")}>{label}</span>;
}

export function ProgressBar({ value, expected, label }: { value: number; expected?: number; label: string }) {
  return (
    <div className="relative h-2.5 w-full rounded bg-slate-200" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={label}>
      <div className="h-2.5 rounded bg-blue-600" style={{ width: `${value}%` }} />
      {expected !== undefined ? <div className="absolute -top-1 h-4.5 w-0.5 bg-slate-800" style={{ left: `${expected}%` }} aria-hidden /> : null}
    </div>
  );
}
