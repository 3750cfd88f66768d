// One palette for bars, legend and axis, so the legend always shows what the chart draws. SVG
// presentation attributes take these directly (Tailwind classes would repeat on 2,000 bars).
export const COLORS = {
  planned: "#93c5fd", // blue-300
  progress: "#2563eb", // blue-600
  critical: "#e11d48", // rose-600: critical bars' fill and links
  progressCritical: "#9f1239", // rose-800
  baseline: "#64748b", // slate-500
  actual: "#0f172a", // slate-900
  slipped: "#d97706", // amber-600: outline of a slipped bar
  slipBand: "#fef3c7", // amber-100: its row
  phase: "#334155", // slate-700
  phaseBand: "#f1f5f9", // slate-100
  weekend: "#f8fafc", // slate-50
  weekLine: "#e2e8f0", // slate-200
  monthLine: "#94a3b8", // slate-400
  arrow: "#94a3b8", // slate-400
  today: "#dc2626", // red-600
  milestone: "#7c3aed", // violet-600
} as const;
