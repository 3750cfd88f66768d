import type { ReactNode } from "react";
import type { GanttLabels } from "./labels";
import { COLORS } from "./theme";

// Each entry draws a small sample with the chart's own colours (theme.ts) beside its meaning.
const SAMPLES: { key: string; sample: ReactNode }[] = [
  { key: "planned", sample: <rect x={2} y={3} width={26} height={10} rx={2} fill={COLORS.planned} /> },
  {
    key: "progress",
    sample: (
      <>
        <rect x={2} y={3} width={26} height={10} rx={2} fill={COLORS.planned} />
        <rect x={2} y={3} width={14} height={10} fill={COLORS.progress} />
      </>
    ),
  },
  {
    key: "critical",
    sample: (
      <>
        <rect x={2} y={3} width={26} height={10} rx={2} fill={COLORS.critical} />
        <rect x={2} y={3} width={12} height={10} fill={COLORS.progressCritical} />
      </>
    ),
  },
  { key: "baseline", sample: <rect x={2} y={9} width={26} height={3} fill={COLORS.baseline} /> },
  { key: "actual", sample: <rect x={2} y={4} width={26} height={3} fill={COLORS.actual} /> },
  {
    key: "slipped",
    sample: (
      <>
        <rect x={0} y={0} width={30} height={16} fill={COLORS.slipBand} />
        <rect x={3} y={3} width={24} height={10} rx={2} fill={COLORS.planned} stroke={COLORS.slipped} strokeWidth={2} />
      </>
    ),
  },
  { key: "phase", sample: <rect x={2} y={5} width={26} height={6} fill={COLORS.phase} /> },
  { key: "milestone", sample: <path d="M15 2l6 6l-6 6l-6 -6z" fill={COLORS.milestone} /> },
  { key: "today", sample: <rect x={14} y={0} width={2} height={16} fill={COLORS.today} /> },
  {
    key: "dependency",
    sample: (
      <>
        <path d="M2 4h8V12H24" fill="none" stroke={COLORS.arrow} />
        <path d="M28 12l-5 -3v6z" fill={COLORS.arrow} />
      </>
    ),
  },
];

export function GanttLegend({ labels }: { labels: GanttLabels }) {
  return (
    <div className="flex items-start gap-x-4 text-xs text-slate-700">
      <h2 className="font-semibold text-slate-900">{labels.t("legend.title")}</h2>
      <ul className="flex min-w-0 flex-1 flex-wrap gap-x-4 gap-y-2">
        {SAMPLES.map(({ key, sample }) => (
          <li key={key} className="flex items-center gap-1.5">
            <svg width={30} height={16} aria-hidden="true" className="shrink-0">
              {sample}
            </svg>
            {labels.t(`legend.${key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
