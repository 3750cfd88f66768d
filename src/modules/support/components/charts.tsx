"use client";

import type { ReactNode } from "react";
import {
  Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from "recharts";
import { formatIsoDay, weekLabel } from "./format";

// The dashboard's charts. One palette feeds both the SVG and the HTML legend, so the legend always
// shows what is drawn. Every chart also has its numbers in a data table next to it (server-rendered).
export const CHART_COLORS = {
  fr: "#2563eb", // blue-600
  res: "#059669", // emerald-600
  target: "#dc2626", // red-600
  open: "#0f172a", // slate-900
  created: "#f59e0b", // amber-500
  done: "#22c55e", // green-500
  mean: "#6366f1", // indigo-500
  median: "#0f172a", // slate-900
  csat: "#7c3aed", // violet-600
  responses: "#cbd5e1", // slate-300
  grid: "#e2e8f0", // slate-200
  axis: "#64748b", // slate-500
} as const;
const SCORE_COLORS = ["#dc2626", "#f97316", "#eab308", "#84cc16", "#16a34a"];

type LegendItem = { label: string; color: string; kind: "line" | "bar" | "dashed" };

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <svg width="18" height="10" aria-hidden>
            {i.kind === "bar" ? (
              <rect x="3" y="0" width="12" height="10" fill={i.color} />
            ) : (
              <line x1="0" y1="5" x2="18" y2="5" stroke={i.color} strokeWidth="2.5" strokeDasharray={i.kind === "dashed" ? "4 3" : undefined} />
            )}
          </svg>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

function Frame({ label, children, legend, height = 260 }: { label: string; children: ReactNode; legend: LegendItem[]; height?: number }) {
  return (
    <figure>
      <div role="img" aria-label={label} style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          {children as React.ReactElement}
        </ResponsiveContainer>
      </div>
      <ChartLegend items={legend} />
    </figure>
  );
}

const axisProps = { stroke: CHART_COLORS.axis, fontSize: 12, tickLine: false } as const;
const yLabel = (value: string) => ({ value, angle: -90, position: "insideLeft" as const, style: { fill: CHART_COLORS.axis, fontSize: 12, textAnchor: "middle" as const }, dx: 4 });
const fmt = (v: unknown, unit = "") => (v === null || v === undefined || v === "" ? "—" : `${v}${unit}`);

interface WeekRow {
  week: string;
}

export interface SlaLabels {
  title: string;
  fr: string;
  res: string;
  target: string;
  axis: string;
}

export function SlaChart({ data, target, labels, locale }: { data: (WeekRow & { frRate: number | null; resRate: number | null })[]; target: number; labels: SlaLabels; locale: string }) {
  return (
    <Frame
      label={labels.title}
      legend={[{ label: labels.fr, color: CHART_COLORS.fr, kind: "line" }, { label: labels.res, color: CHART_COLORS.res, kind: "line" }, { label: labels.target, color: CHART_COLORS.target, kind: "dashed" }]}
    >
      <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" {...axisProps} tickFormatter={(w: string) => formatIsoDay(w, locale, "short")} />
        <YAxis {...axisProps} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} label={yLabel(labels.axis)} width={64} />
        <Tooltip labelFormatter={(w) => weekLabel(String(w), locale)} formatter={(v) => fmt(v, "%")} />
        <ReferenceLine y={target} stroke={CHART_COLORS.target} strokeDasharray="6 4" label={{ value: labels.target, position: "insideBottomLeft", fill: CHART_COLORS.target, fontSize: 12 }} />
        <Line type="linear" dataKey="frRate" name={labels.fr} stroke={CHART_COLORS.fr} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        <Line type="linear" dataKey="resRate" name={labels.res} stroke={CHART_COLORS.res} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </Frame>
  );
}

export interface BacklogLabels {
  title: string;
  open: string;
  created: string;
  done: string;
  axis: string;
}

export function BacklogChart({ data, labels, locale }: { data: { day: string; created: number; done: number; open: number }[]; labels: BacklogLabels; locale: string }) {
  return (
    <Frame
      label={labels.title}
      legend={[{ label: labels.open, color: CHART_COLORS.open, kind: "line" }, { label: labels.created, color: CHART_COLORS.created, kind: "bar" }, { label: labels.done, color: CHART_COLORS.done, kind: "bar" }]}
    >
      <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" {...axisProps} tickFormatter={(d: string) => formatIsoDay(d, locale, "short")} minTickGap={16} />
        <YAxis {...axisProps} allowDecimals={false} label={yLabel(labels.axis)} width={56} />
        <Tooltip labelFormatter={(d) => formatIsoDay(String(d), locale)} />
        <Bar dataKey="created" name={labels.created} fill={CHART_COLORS.created} isAnimationActive={false} />
        <Bar dataKey="done" name={labels.done} fill={CHART_COLORS.done} isAnimationActive={false} />
        <Line type="linear" dataKey="open" name={labels.open} stroke={CHART_COLORS.open} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </Frame>
  );
}

export interface MttrLabels {
  title: string;
  mean: string;
  median: string;
  axis: string;
}

export function MttrChart({ data, labels, locale }: { data: (WeekRow & { meanHours: number | null; medianHours: number | null })[]; labels: MttrLabels; locale: string }) {
  return (
    <Frame label={labels.title} legend={[{ label: labels.mean, color: CHART_COLORS.mean, kind: "bar" }, { label: labels.median, color: CHART_COLORS.median, kind: "line" }]}>
      <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" {...axisProps} tickFormatter={(w: string) => formatIsoDay(w, locale, "short")} />
        <YAxis {...axisProps} label={yLabel(labels.axis)} width={56} />
        <Tooltip labelFormatter={(w) => weekLabel(String(w), locale)} formatter={(v) => fmt(v)} />
        <Bar dataKey="meanHours" name={labels.mean} fill={CHART_COLORS.mean} isAnimationActive={false} />
        <Line type="linear" dataKey="medianHours" name={labels.median} stroke={CHART_COLORS.median} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </Frame>
  );
}

export interface CsatLabels {
  title: string;
  average: string;
  responses: string;
  axis: string;
  countAxis: string;
}

export function CsatChart({ data, labels, locale }: { data: (WeekRow & { average: number | null; responses: number })[]; labels: CsatLabels; locale: string }) {
  return (
    <Frame label={labels.title} legend={[{ label: labels.average, color: CHART_COLORS.csat, kind: "line" }, { label: labels.responses, color: CHART_COLORS.responses, kind: "bar" }]}>
      <ComposedChart data={data} margin={{ top: 12, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" {...axisProps} tickFormatter={(w: string) => formatIsoDay(w, locale, "short")} />
        <YAxis yAxisId="avg" {...axisProps} domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} label={yLabel(labels.axis)} width={56} />
        <YAxis yAxisId="n" orientation="right" {...axisProps} allowDecimals={false} label={{ ...yLabel(labels.countAxis), angle: 90, position: "insideRight" }} width={56} />
        <Tooltip labelFormatter={(w) => weekLabel(String(w), locale)} formatter={(v) => fmt(v)} />
        <Bar yAxisId="n" dataKey="responses" name={labels.responses} fill={CHART_COLORS.responses} isAnimationActive={false} />
        <Line yAxisId="avg" type="linear" dataKey="average" name={labels.average} stroke={CHART_COLORS.csat} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </Frame>
  );
}

export function CsatDistributionChart({ data, labels }: { data: { score: number; count: number; label: string }[]; labels: { title: string; count: string } }) {
  // Best score on top, as people read a rating breakdown.
  const rows = [...data].sort((a, b) => b.score - a.score);
  return (
    <Frame label={labels.title} height={200} legend={data.map((d) => ({ label: d.label, color: SCORE_COLORS[d.score - 1]!, kind: "bar" as const }))}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" {...axisProps} allowDecimals={false} label={{ value: labels.count, position: "insideBottomRight", offset: -2, style: { fill: CHART_COLORS.axis, fontSize: 12 } }} />
        <YAxis type="category" dataKey="label" {...axisProps} width={64} />
        <Tooltip />
        <Bar dataKey="count" name={labels.count} isAnimationActive={false}>
          {rows.map((d) => (
            <Cell key={d.score} fill={SCORE_COLORS[d.score - 1]} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}
