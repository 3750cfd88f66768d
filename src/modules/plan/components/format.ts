// Plan dates are calendar days held at UTC midnight: format them in UTC so no zone shifts a day.
export function formatDay(d: Date | null | undefined, locale: string): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }).format(d);
}

export function isoDay(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}

export const STATUS_STYLE: Record<string, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-700",
  IN_PROGRESS: "bg-blue-100 text-blue-800",
  BLOCKED: "bg-red-100 text-red-800",
  DONE: "bg-green-100 text-green-800",
  DRAFT: "bg-slate-100 text-slate-700",
  SUBMITTED: "bg-amber-100 text-amber-800",
  ACCEPTED: "bg-green-100 text-green-800",
  REJECTED: "bg-red-100 text-red-800",
  OPEN: "bg-amber-100 text-amber-800",
  WAIVED: "bg-slate-200 text-slate-700",
  PASS: "bg-green-100 text-green-800",
  PASS_WITH_CONDITIONS: "bg-amber-100 text-amber-800",
  FAIL: "bg-red-100 text-red-800",
};
