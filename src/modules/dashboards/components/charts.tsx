"use client";

import { CartesianGrid, ComposedChart, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, Bar } from "recharts";

// The board's two small charts. Both come from rollups (KpiRollup, IssueDailyStat) the server already read.

export const STATUS_COLORS = { GREEN: "#15803d", AMBER: "#b45309", RED: "#b91c1c", NONE: "#64748b" } as const;

/**
 * A KPI tile's sparkline: the period values, a dashed line at the next target, no axes (the tile prints the
 * numbers). Labelled for screen readers with the first and last value.
 */
export function Sparkline({ points, target, color, label, small = false }: { points: { period: string; value: number }[]; target: number | null; color: string; label: string; small?: boolean }) {
  const values = points.map((p) => p.value).concat(target == null ? [] : [target]);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.05 || 1;
  return (
    <div role="img" aria-label={label} className={small ? "h-5 w-full overflow-hidden" : "h-12 w-full overflow-hidden print:h-10"}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={small ? { width: 88, height: 20 } : { width: 220, height: 48 }}>
        <LineChart data={points} margin={{ top: 4, right: 2, bottom: 2, left: 2 }}>
          <YAxis hide domain={[min - pad, max + pad]} />
          <XAxis hide dataKey="period" />
          {target != null ? <ReferenceLine y={target} stroke="#475569" strokeDasharray="3 3" ifOverflow="extendDomain" /> : null}
          <Line type="monotone" dataKey="value" stroke={color} strokeWidth={small ? 1.5 : 2} dot={points.length < 3} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface TrendDatum {
  label: string;
  created: number;
  resolved: number;
  backlog: number;
  sla: number | null;
}

/** Issue health over the period: filed and resolved as bars, backlog as a line (left axis, issues); SLA % on the right with its 90 % target. */
export function IssueTrendChart({ data, labels, slaTarget }: { data: TrendDatum[]; labels: { created: string; resolved: string; backlog: string; sla: string; issues: string; target: string; chart: string }; slaTarget: number }) {
  return (
    <figure>
      {/* overflow-hidden: before the first measurement the chart draws at its initial width, wider than a narrow column. */}
      <div role="img" aria-label={labels.chart} className="h-56 w-full overflow-hidden print:h-44">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height: 224 }}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
            <YAxis yAxisId="n" tick={{ fontSize: 11 }} allowDecimals={false} width={36} label={{ value: labels.issues, angle: -90, position: "insideLeft", fontSize: 11, fill: "#64748b" }} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tick={{ fontSize: 11 }} width={40} unit="%" />
            <Tooltip />
            <Bar yAxisId="n" dataKey="created" name={labels.created} fill="#f59e0b" isAnimationActive={false} />
            <Bar yAxisId="n" dataKey="resolved" name={labels.resolved} fill="#22c55e" isAnimationActive={false} />
            <Line yAxisId="n" dataKey="backlog" name={labels.backlog} stroke="#0f172a" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line yAxisId="pct" dataKey="sla" name={labels.sla} stroke="#2563eb" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
            <ReferenceLine yAxisId="pct" y={slaTarget} stroke="#dc2626" strokeDasharray="4 3" label={{ value: labels.target, position: "insideTopRight", fontSize: 10, fill: "#dc2626" }} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <span><span className="mr-1 inline-block h-2.5 w-3 bg-amber-500 align-middle" aria-hidden />{labels.created}</span>
        <span><span className="mr-1 inline-block h-2.5 w-3 bg-green-500 align-middle" aria-hidden />{labels.resolved}</span>
        <span><span className="mr-1 inline-block h-0.5 w-4 bg-slate-900 align-middle" aria-hidden />{labels.backlog}</span>
        <span><span className="mr-1 inline-block h-0.5 w-4 bg-blue-600 align-middle" aria-hidden />{labels.sla}</span>
        <span><span className="mr-1 inline-block h-0.5 w-4 border-t-2 border-dashed border-red-600 align-middle" aria-hidden />{labels.target}</span>
      </figcaption>
    </figure>
  );
}
