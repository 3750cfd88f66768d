import { daysBetween, toDay } from "./period";

export interface TargetPoint {
  dueDate: string;
  value: number;
}

export interface TargetPath {
  baselineValue: number | null;
  baselineDate: string | null;
  targets: TargetPoint[];
}

/** Targets in date order, as points of the path (the baseline first when it has a date and value). */
function pathPoints(path: TargetPath): TargetPoint[] {
  const targets = [...path.targets].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const start = path.baselineValue != null && path.baselineDate ? [{ dueDate: path.baselineDate, value: path.baselineValue }] : [];
  return [...start, ...targets.filter((t) => !start.length || t.dueDate > start[0].dueDate)];
}

/**
 * The value a KPI is expected to have on `day`: the line from the baseline through each dated target
 * (so a 3-month target of 98 % is not demanded on day one), flat before the first point and after the last.
 * Null when there is neither a target nor a baseline.
 */
export function expectedValueAt(path: TargetPath, day: string): number | null {
  const points = pathPoints(path);
  if (!points.length) return path.baselineValue;
  if (day <= points[0].dueDate) return points[0].value;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (day <= b.dueDate) {
      const span = daysBetween(a.dueDate, b.dueDate);
      return span === 0 ? b.value : a.value + ((b.value - a.value) * daysBetween(a.dueDate, day)) / span;
    }
  }
  return points[points.length - 1].value;
}

/** The first target due on or after `day`, with the days left until it (null when all are past). */
export function nextTarget(targets: TargetPoint[], day: string): (TargetPoint & { daysLeft: number }) | null {
  const next = [...targets].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).find((t) => t.dueDate >= day);
  return next ? { ...next, daysLeft: daysBetween(day, next.dueDate) } : null;
}

/** A Date held at UTC midnight (how @db.Date columns arrive) as a day string. */
export function dayOf(date: Date | null | undefined): string | null {
  return date ? toDay(date) : null;
}
