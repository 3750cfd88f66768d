import { Alert } from "@/components/ui/alert";
import { GanttChart } from "./gantt-chart";
import { GanttLegend } from "./gantt-legend";
import type { GanttLabels } from "./labels";
import { buildGanttModel, type GanttFilter } from "./model";
import type { GanttData } from "./types";

/**
 * Everything below the page header: summary, legend and chart. Synchronous and given its words
 * (labels), so the benchmark renders exactly this with react-dom/server outside a request.
 */
export function GanttView({ data, filter, labels }: { data: GanttData; filter: GanttFilter; labels: GanttLabels }) {
  const { t } = labels;
  if (data.tasks.length === 0) return <Alert tone="info">{t("empty")}</Alert>;
  const model = buildGanttModel(data, filter);
  const facts = [
    t("summary.tasks", { total: model.counts.tasks, shown: model.counts.shown }),
    model.finish ? t("summary.critical", { count: model.counts.critical, date: labels.date(model.finish) }) : null,
    t("summary.slipped", { count: model.counts.slipped }),
    data.baseline ? t("summary.baseline", { name: data.baseline.name, date: labels.date(data.baseline.savedOn) }) : null,
    model.todayShown ? null : t("summary.todayOutside", { date: labels.date(model.today) }),
  ].filter((f): f is string => f !== null);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="gantt-summary">
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        {model.todayShown && model.counts.shown > 0 ? (
          <a href="#gantt-today" className="text-sm text-blue-700 underline">
            {t("jumpToToday")}
          </a>
        ) : null}
      </div>
      {data.baseline ? null : <Alert tone="info">{t("summary.noBaseline")}</Alert>}
      <GanttLegend labels={labels} />
      {model.counts.shown === 0 ? <Alert tone="info">{t("noMatch")}</Alert> : <GanttChart model={model} labels={labels} />}
    </div>
  );
}
