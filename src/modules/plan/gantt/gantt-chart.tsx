import { daysBetween } from "../dates";
import { AXIS_HEIGHT, GanttAxis } from "./gantt-axis";
import type { GanttLabels } from "./labels";
import { chartMarkup, ROW } from "./markup";
import type { GanttModel } from "./model";

const LIST_WIDTH = 320;

// The task list's look lives on its container, so that each of up to 2,000 rows (built by
// chartMarkup) carries no classes: a phase is <li><p>name</p><ol>its tasks</ol></li>, a task
// <li data-c? data-s?><span>seq</span><span><a>title</a></span><span>owner</span><i>flags</i></li>.
const LIST_CLASSES = [
  "sticky left-0 z-10 w-[320px] shrink-0 border-r border-slate-200 bg-white text-xs text-slate-800",
  "[&_p]:h-6 [&_p]:truncate [&_p]:bg-slate-100 [&_p]:px-2 [&_p]:font-semibold [&_p]:leading-6",
  "[&_ol>li]:grid [&_ol>li]:h-6 [&_ol>li]:grid-cols-[2rem_1fr_4.5rem] [&_ol>li]:items-center [&_ol>li]:gap-2 [&_ol>li]:border-l-4 [&_ol>li]:border-transparent [&_ol>li]:pr-2",
  "[&_span]:truncate [&_span:first-child]:text-right [&_span:first-child]:tabular-nums [&_span:first-child]:text-slate-500 [&_span:nth-child(3)]:text-slate-600",
  "[&_a:hover]:text-blue-700 [&_a:hover]:underline [&_a:focus-visible]:outline-2 [&_a:focus-visible]:outline-blue-600",
  "[&_li[data-c]]:border-rose-600 [&_li[data-c]_a]:font-medium [&_li[data-s]]:bg-amber-100 [&_i]:sr-only",
].join(" ");

/**
 * Task list and timeline in one scroll box: the list sticks to the left and the axis to the top,
 * so titles and dates stay in view while the chart scrolls both ways inside the page.
 */
export function GanttChart({ model, labels }: { model: GanttModel; labels: GanttLabels }) {
  const { t } = labels;
  const markup = chartMarkup(model, labels);
  return (
    <div
      role="region"
      aria-label={t("chart.label")}
      tabIndex={0}
      className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
    >
      <div className="relative" style={{ width: LIST_WIDTH + model.width }}>
        <div className="sticky top-0 z-20 flex border-b border-slate-300 bg-white">
          <div
            className="sticky left-0 z-30 grid w-[320px] shrink-0 grid-cols-[2rem_1fr_4.5rem] items-end gap-2 border-r border-slate-200 bg-white pb-1 pl-1 pr-2 text-xs font-medium text-slate-600"
            style={{ height: AXIS_HEIGHT }}
          >
            <span className="text-right">#</span>
            <span>{t("list.task")}</span>
            <span>{t("list.owner")}</span>
          </div>
          <GanttAxis model={model} labels={labels} />
          {model.todayShown ? (
            // Target of the "jump to today" link: wide, so that the browser scrolls the box until today and
            // some days either side are in view; clear of the sticky task list when coming from the right.
            <span
              id="gantt-today"
              aria-hidden="true"
              className="pointer-events-none absolute top-0 h-px scroll-ml-[340px]"
              style={{ left: LIST_WIDTH + Math.max(0, daysBetween(model.start, model.today) * model.pxPerDay - 200), width: 600 }}
            />
          ) : null}
        </div>
        <div className="flex">
          <ul aria-label={t("list.label")} className={LIST_CLASSES} dangerouslySetInnerHTML={{ __html: markup.list }} />
          <svg
            width={model.width}
            height={model.rows.length * ROW}
            role="group"
            aria-label={t("chart.bars")}
            className="block shrink-0"
            dangerouslySetInnerHTML={{ __html: markup.bars }}
          />
        </div>
      </div>
    </div>
  );
}
