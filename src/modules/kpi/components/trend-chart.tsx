"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendRow } from "../chart-data";
import { formatKpiValue } from "../logic";

export interface TrendChartProps {
  rows: TrendRow[];
  window: { from: string; to: string };
  baseline: number | null;
  targets: { day: string; value: number; label: string }[];
  goLives: { day: string; label: string }[];
  /** `label` is short (drawn on the line); `title` names the phase in the list under the chart. */
  gates: { day: string; label: string; title: string }[];
  unit: string;
  decimals: number;
  locale: string;
  labels: { title: string; value: string; expected: string; baseline: string; target: string; goLive: string; gate: string; axisY: string; date: string };
}

const COLORS = { value: "#1d4ed8", expected: "#7c3aed", baseline: "#64748b", target: "#dc2626", goLive: "#059669", gate: "#f59e0b", grid: "#e2e8f0", axis: "#64748b" };
/**
 * Where a target's label goes: the last one, on the right edge, to its left (not cut off); the others
 * alternate below and above counting back from it, so neighbouring targets do not overprint.
 */
function targetLabelPosition(index: number, count: number, atEdge: boolean): "left" | "top" | "bottom" {
  const fromEnd = count - 1 - index;
  if (fromEnd === 0) return atEdge ? "left" : "top";
  return fromEnd % 2 === 1 ? "bottom" : "top";
}

const ts = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The KPI's trend: values, the dashed expected path, baseline, every dated target, go-live and passed gates. */
export function TrendChart(p: TrendChartProps) {
  const data = p.rows.map((r) => ({ t: ts(r.day), value: r.value, expected: r.expected }));
  const dateFmt = new Intl.DateTimeFormat(p.locale, { year: "2-digit", month: "short", timeZone: "UTC" });
  const fullDate = new Intl.DateTimeFormat(p.locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const fmt = (v: unknown) => (typeof v === "number" ? formatKpiValue(v, p.unit, p.decimals, p.locale) : "—");
  const valueCount = p.rows.filter((r) => r.value != null).length;
  // What the chart marks, in date order and in words: go-live, each target with its label, passed gates.
  const notes = [
    ...p.goLives.map((g) => ({ key: `g${g.day}${g.label}`, day: g.day, text: g.label })),
    ...p.targets.map((t) => ({ key: `t${t.day}`, day: t.day, text: `${p.labels.target}: ${t.label} ${fmt(t.value)}` })),
    ...p.gates.map((g) => ({ key: `p${g.day}${g.label}`, day: g.day, text: `${g.label}: ${g.title}` })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  const legend = [
    { label: p.labels.value, color: COLORS.value, kind: "line" },
    { label: p.labels.expected, color: COLORS.expected, kind: "dashed" },
    ...(p.baseline != null ? [{ label: p.labels.baseline, color: COLORS.baseline, kind: "dotted" }] : []),
    ...(p.targets.length ? [{ label: p.labels.target, color: COLORS.target, kind: "dot" }] : []),
    ...(p.goLives.length ? [{ label: p.labels.goLive, color: COLORS.goLive, kind: "vline" }] : []),
    ...(p.gates.length ? [{ label: p.labels.gate, color: COLORS.gate, kind: "vline" }] : []),
  ] as const;
  return (
    <figure data-testid="kpi-trend-chart">
      <div role="img" aria-label={p.labels.title} className="h-80 w-full">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 320 }}>
          <ComposedChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={[ts(p.window.from), ts(p.window.to)]} tickFormatter={(v) => dateFmt.format(new Date(v))}
              stroke={COLORS.axis} fontSize={12} tickLine={false} />
            <YAxis stroke={COLORS.axis} fontSize={12} tickLine={false} width={72} domain={["auto", "auto"]}
              tickFormatter={(v: number) => formatKpiValue(v, p.unit, p.decimals, p.locale)}
              label={{ value: p.labels.axisY, angle: -90, position: "insideLeft", style: { fill: COLORS.axis, fontSize: 12, textAnchor: "middle" } }} />
            <Tooltip labelFormatter={(v) => fullDate.format(new Date(Number(v)))} formatter={(v, name) => [fmt(v), name]} />
            {p.baseline != null ? (
              <ReferenceLine y={p.baseline} stroke={COLORS.baseline} strokeDasharray="2 4" label={{ value: p.labels.baseline, position: "insideBottomLeft", fill: COLORS.baseline, fontSize: 11 }} />
            ) : null}
            {p.goLives.map((g) => (
              <ReferenceLine key={`g${g.day}${g.label}`} x={ts(g.day)} stroke={COLORS.goLive} strokeWidth={2} label={{ value: g.label, position: "top", fill: COLORS.goLive, fontSize: 11 }} />
            ))}
            {p.gates.map((g, i) => (
              // Gates often fall a few weeks apart: labels alternate sides so neighbours do not overprint.
              <ReferenceLine key={`p${g.day}${g.label}`} x={ts(g.day)} stroke={COLORS.gate} strokeDasharray="4 3"
                label={{ value: g.label, position: i % 2 ? "insideBottomLeft" : "insideBottomRight", fill: "#b45309", fontSize: 10 }} />
            ))}
            <Line dataKey="expected" name={p.labels.expected} stroke={COLORS.expected} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
            <Line dataKey="value" name={p.labels.value} stroke={COLORS.value} strokeWidth={2} dot={valueCount <= 60 ? { r: 3 } : false} connectNulls isAnimationActive={false} />
            {/* Dots carry only their value (long labels collide); the list under the chart names each target. */}
            {p.targets.map((t, i) => (
              <ReferenceDot key={t.day} x={ts(t.day)} y={t.value} r={6} fill={COLORS.target} stroke="#fff" ifOverflow="extendDomain"
                label={{ value: fmt(t.value), position: targetLabelPosition(i, p.targets.length, t.day >= p.window.to), fill: COLORS.target, fontSize: 11 }} />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden>
        {legend.map((i) => (
          <li key={i.label} className="flex items-center gap-1.5">
            <svg width="18" height="12">
              {i.kind === "dot" ? <circle cx="9" cy="6" r="5" fill={i.color} />
                : i.kind === "vline" ? <line x1="9" y1="0" x2="9" y2="12" stroke={i.color} strokeWidth="2" />
                : <line x1="0" y1="6" x2="18" y2="6" stroke={i.color} strokeWidth="2.5" strokeDasharray={i.kind === "dashed" ? "5 3" : i.kind === "dotted" ? "2 3" : undefined} />}
            </svg>
            {i.label}
          </li>
        ))}
      </ul>
      {notes.length ? (
        <ul className="mt-1 space-y-0.5 text-xs text-slate-500" data-testid="kpi-annotations">
          {notes.map((n) => <li key={n.key}>{fullDate.format(new Date(ts(n.day)))} · {n.text}</li>)}
        </ul>
      ) : null}
      {/* Wrapped: a table ignores the 1px height of sr-only and would stretch the page. */}
      <div className="sr-only">
      <table>
        <caption>{p.labels.title}</caption>
        <thead><tr><th scope="col">{p.labels.date}</th><th scope="col">{p.labels.value}</th><th scope="col">{p.labels.expected}</th></tr></thead>
        <tbody>
          {p.rows.map((r) => <tr key={r.day}><td>{fullDate.format(new Date(ts(r.day)))}</td><td>{fmt(r.value)}</td><td>{fmt(r.expected)}</td></tr>)}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
