import { addDays, daysBetween } from "../dates";
import { dateFormat, dateRange, type GanttLabels } from "./labels";
import type { GanttModel } from "./model";
import { COLORS } from "./theme";

export const AXIS_HEIGHT = 78;
const MONTHS_Y = 20;
const WEEKS_Y = 38;
// Narrowest room a week label needs; closer weeks label every second, fourth … one.
const WEEK_LABEL_PX = 40;

/** Months, weeks (or days), milestones and today, above the bars; dates in the reader's language. */
export function GanttAxis({ model, labels }: { model: GanttModel; labels: GanttLabels }) {
  const { start, end, pxPerDay: ppd, width } = model;
  const x = (d: Date) => daysBetween(start, d) * ppd;
  const monthFormat = dateFormat(labels.locale, "month");
  const dayFormat = dateFormat(labels.locale, "monthDay");

  const months: Date[] = [start];
  const ticks: { d: Date; label: string | null; strong: boolean }[] = [];
  const stride = Math.max(1, Math.ceil(WEEK_LABEL_PX / (7 * ppd)));
  let week = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) {
    if (d.getUTCDate() === 1 && d > start) months.push(d);
    const monday = d.getUTCDay() === 1;
    // A day wide enough for its number: number every day (the month is in the row above).
    if (ppd >= 20) ticks.push({ d, label: String(d.getUTCDate()), strong: monday });
    else if (monday) ticks.push({ d, label: week++ % stride === 0 ? dayFormat.format(d) : null, strong: true });
  }
  const todayX = x(model.today) + ppd / 2;

  return (
    <svg width={width} height={AXIS_HEIGHT} className="block shrink-0 text-[11px]" role="group" aria-label={labels.t("chart.axis")}>
      {months.map((m, i) => {
        const mx = x(m);
        const room = (i + 1 < months.length ? x(months[i + 1]!) : width) - mx;
        return (
          <g key={m.getTime()}>
            <line x1={mx} x2={mx} y1={0} y2={AXIS_HEIGHT} stroke={COLORS.monthLine} />
            {room >= 56 ? (
              <text x={mx + 4} y={14} className="fill-slate-700 font-medium">
                {monthFormat.format(m)}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={0} x2={width} y1={MONTHS_Y} y2={MONTHS_Y} stroke={COLORS.weekLine} />
      {ticks.map((tick) => (
        <g key={tick.d.getTime()}>
          <line x1={x(tick.d)} x2={x(tick.d)} y1={MONTHS_Y} y2={WEEKS_Y} stroke={COLORS.weekLine} />
          {tick.label ? (
            <text x={x(tick.d) + 3} y={33} className={tick.strong ? "fill-slate-700" : "fill-slate-400"}>
              {tick.label}
            </text>
          ) : null}
        </g>
      ))}
      <line x1={0} x2={width} y1={WEEKS_Y} y2={WEEKS_Y} stroke={COLORS.weekLine} />
      {model.milestones.map((m) => {
        const cx = x(m.date) + ppd / 2;
        const nearEnd = cx > width - 120;
        const state = m.achievedAt ? labels.t("milestone.achieved", { date: labels.date(m.achievedAt) }) : labels.t("milestone.pending");
        return (
          <g key={m.id} role="img">
            <title>{`${labels.t("legend.milestone")}: ${m.name}\n${labels.date(m.date)} · ${state}`}</title>
            <line x1={cx} x2={cx} y1={WEEKS_Y} y2={AXIS_HEIGHT} stroke={COLORS.milestone} strokeDasharray="4 3" />
            <path d={`M${cx} ${WEEKS_Y + 3}l6 6l-6 6l-6 -6z`} fill={m.achievedAt ? COLORS.milestone : "white"} stroke={COLORS.milestone} strokeWidth={1.5} />
            <text x={nearEnd ? cx - 9 : cx + 9} y={WEEKS_Y + 13} textAnchor={nearEnd ? "end" : "start"} className="fill-violet-800 font-medium" stroke="white" strokeWidth={3} paintOrder="stroke">
              {m.name}
            </text>
          </g>
        );
      })}
      {model.todayShown ? (
        <g role="img">
          <title>{`${labels.t("legend.today")}: ${dateRange(labels, model.today, model.today)}`}</title>
          <line x1={todayX} x2={todayX} y1={MONTHS_Y} y2={AXIS_HEIGHT} stroke={COLORS.today} strokeWidth={2} />
          <text x={todayX + 4} y={AXIS_HEIGHT - 6} className="font-semibold" fill={COLORS.today} stroke="white" strokeWidth={3} paintOrder="stroke">
            {labels.t("legend.today")}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
