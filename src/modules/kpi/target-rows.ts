// Turns the form's target rows into dated targets, or says which row is wrong and why. Pure: unit-tested.
export interface TargetRowInput {
  dueDate: string;
  value: string | number;
  labelZh?: string;
  labelEn?: string;
}

export interface ParsedTarget {
  dueDate: string;
  value: number;
  labelZh: string;
  labelEn: string;
}

export type TargetRowProblem = "dueDate" | "value" | "duplicate" | "beforeBaseline" | "labelTooLong";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LABEL = 60;

function isDay(s: string): boolean {
  return DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/**
 * Rows left entirely blank are dropped (an added row nobody filled in). Rows come back sorted by date.
 * A target due on or before the baseline date could never be part of the path, so it is refused.
 */
export function parseTargetRows(
  rows: TargetRowInput[],
  baselineDate: string | null,
): { ok: true; targets: ParsedTarget[] } | { ok: false; row: number; problem: TargetRowProblem } {
  const targets: ParsedTarget[] = [];
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const row = i + 1;
    const dueDate = (r.dueDate ?? "").trim();
    const rawValue = typeof r.value === "number" ? String(r.value) : (r.value ?? "").trim().replace(/,/g, "");
    const labelZh = (r.labelZh ?? "").trim();
    const labelEn = (r.labelEn ?? "").trim();
    if (!dueDate && !rawValue && !labelZh && !labelEn) continue;
    if (!isDay(dueDate)) return { ok: false, row, problem: "dueDate" };
    const value = Number(rawValue);
    if (!rawValue || !Number.isFinite(value)) return { ok: false, row, problem: "value" };
    if (labelZh.length > MAX_LABEL || labelEn.length > MAX_LABEL) return { ok: false, row, problem: "labelTooLong" };
    if (seen.has(dueDate)) return { ok: false, row, problem: "duplicate" };
    if (baselineDate && dueDate <= baselineDate) return { ok: false, row, problem: "beforeBaseline" };
    seen.add(dueDate);
    targets.push({ dueDate, value, labelZh, labelEn });
  }
  return { ok: true, targets: targets.sort((a, b) => a.dueDate.localeCompare(b.dueDate)) };
}
