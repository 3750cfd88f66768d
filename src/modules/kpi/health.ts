// A KPI's state on a given day, from the pure rules in ./logic: status against the target path at the
// latest value's period, late/missing values, the next target and the change since the baseline.
// No database and no React: the catalogue, the KPI page and the pinned tiles all call this.
import {
  dayOf, type Direction, expectedValueAt, type Frequency, improvementPct, type KpiStatus, kpiStatus, nextTarget,
  type TargetPoint, timeliness, type Timeliness,
} from "./logic";

export interface KpiHealthInput {
  direction: Direction;
  frequency: Frequency;
  greenWithinPct: number;
  amberWithinPct: number;
  graceDays: number;
  active: boolean;
  baselineValue: number | null;
  baselineDate: Date | null;
  latestValue: number | null;
  latestPeriodStart: Date | null;
  createdAt: Date;
}

export interface KpiHealth {
  expected: number | null;
  status: KpiStatus;
  /** Null for archived KPIs: nobody owes them values any more. */
  timeliness: { state: Timeliness; duePeriod: string | null; missingPeriods: number } | null;
  next: (TargetPoint & { daysLeft: number }) | null;
  improvement: number | null;
}

export function kpiHealth(kpi: KpiHealthInput, targets: { dueDate: Date; value: number }[], today: string): KpiHealth {
  const points = targets.map((t) => ({ dueDate: dayOf(t.dueDate)!, value: t.value }));
  const latestDay = dayOf(kpi.latestPeriodStart);
  const baselineDate = dayOf(kpi.baselineDate);
  const expected = latestDay ? expectedValueAt({ baselineValue: kpi.baselineValue, baselineDate, targets: points }, latestDay) : null;
  return {
    expected,
    status: kpiStatus(kpi, kpi.latestValue, expected),
    timeliness: kpi.active
      ? timeliness({ frequency: kpi.frequency, graceDays: kpi.graceDays, latestPeriodStart: latestDay, since: baselineDate ?? dayOf(kpi.createdAt)! }, today)
      : null,
    next: nextTarget(points, today),
    improvement: improvementPct(kpi.direction, kpi.baselineValue, kpi.latestValue),
  };
}
