import { cn } from "@/lib/cn";

const PRIORITY_STYLE: Record<string, string> = {
  P1: "bg-red-600 text-white",
  P2: "bg-orange-500 text-white",
  P3: "bg-amber-100 text-amber-900",
  P4: "bg-slate-100 text-slate-700",
};
const STATUS_STYLE: Record<string, string> = {
  NEW: "bg-blue-100 text-blue-900",
  TRIAGED: "bg-indigo-100 text-indigo-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  WAITING_FOR_REPORTER: "bg-amber-100 text-amber-900",
  REOPENED: "bg-rose-100 text-rose-900",
  RESOLVED: "bg-green-100 text-green-900",
  CLOSED: "bg-slate-200 text-slate-700",
  DUPLICATE: "bg-slate-200 text-slate-600",
};

export function PriorityBadge({ priority, label }: { priority: string; label: string }) {
  return <span className={cn("inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold", PRIORITY_STYLE[priority])} title={label}>{priority}</span>;
}

export function IssueStatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={cn("inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs", STATUS_STYLE[status])} data-testid="issue-status">{label}</span>;
}
