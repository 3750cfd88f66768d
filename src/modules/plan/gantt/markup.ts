import { addDays, daysBetween } from "../dates";
import type { GanttLabels } from "./labels";
import { esc, markupText } from "./markup-text";
import type { GanttModel } from "./model";
import { COLORS } from "./theme";

// The per-task part of the chart (task list rows, bars, arrows) is built as markup strings, not
// React elements: a 2,000-task plan would be ~25,000 elements, which React renders (twice: RSC and
// HTML) in tens of milliseconds and serialises into a payload several times larger. Shapes of one
// kind share a single <path>; only the planned bar, which carries the task's accessible name, is
// its own element. Every text is escaped (markup-text.ts); everything else is numbers.

export const ROW = 24;

/**
 * Text built from thousands of small pieces. A string grown with += is a rope whose every piece
 * stays a young object until output, so each minor garbage collection during the render copies
 * them all again (measured: two thirds of a 2,000-task render); joined 256 pieces at a time, the
 * text lives in a few large flat strings, which the collector does not move.
 */
class Text {
  private chunks: string[] = [];
  private pieces: string[] = [];
  add(piece: string) {
    if (this.pieces.push(piece) >= 256) this.seal();
  }
  get empty() {
    return this.chunks.length === 0 && this.pieces.length === 0;
  }
  toString() {
    this.seal();
    return this.chunks.join("");
  }
  private seal() {
    if (this.pieces.length) this.chunks.push(this.pieces.join(""));
    this.pieces = [];
  }
}

export interface ChartMarkup {
  /** Inner HTML of the task list: a phase is <li><p>name</p><ol>tasks</ol></li>, one line per row. */
  list: string;
  /** Inner markup of the body <svg>, in drawing order. */
  bars: string;
}

/**
 * Task links are relative ("tasks/<id>" from /plan/<id>/gantt is /plan/<id>/tasks/<id>; Next.js
 * redirects a trailing slash away): 2,000 absolute ones would add 90 KB. Ids are UUIDs, safe as is.
 */
export function chartMarkup(model: GanttModel, labels: GanttLabels): ChartMarkup {
  const { start, pxPerDay: ppd, width: W, rows } = model;
  const { words, range, barTitle } = markupText(model, labels);
  const x = (d: Date) => daysBetween(start, d) * ppd;
  const span = (s: Date, e: Date) => Math.max(2, (daysBetween(s, e) + 1) * ppd);
  const box = (x0: number, y: number, w: number, h: number) => `M${x0} ${y}h${w}v${h}h${-w}z`;
  const bothFlags = `${words.critical}, ${words.slipped}`;

  const list = new Text();
  let open = false;
  const layers = {
    phaseBands: new Text(),
    slipBands: new Text(),
    baseline: new Text(),
    actual: new Text(),
    progress: new Text(),
    progressCritical: new Text(),
    arrows: new Text(),
    heads: new Text(),
    arrowsCritical: new Text(),
    headsCritical: new Text(),
  };
  const bars = new Text();

  rows.forEach((row, i) => {
    const y = i * ROW;
    if (row.kind === "phase") {
      const p = row.phase;
      const name = esc(p.name);
      list.add(`${open ? "</ol></li>" : ""}<li><p title="${name}">${name}</p><ol>`);
      open = true;
      layers.phaseBands.add(box(0, y, W, ROW));
      bars.add(`<rect x="${x(p.plannedStart)}" y="${y + 9}" width="${span(p.plannedStart, p.plannedEnd)}" height="6" fill="${COLORS.phase}" role="img"><title>${name}\n${range(p.plannedStart, p.plannedEnd)}</title></rect>`);
      return;
    }

    const task = row.task;
    const title = esc(task.title);
    const flags = row.critical && row.slip ? bothFlags : row.critical ? words.critical : row.slip ? words.slipped : "";
    list.add(
      `${open ? "" : "<li><ol>"}<li${row.critical ? " data-c" : ""}${row.slip ? " data-s" : ""}><span>${task.seq}</span><span><a href="tasks/${task.id}">${title}</a></span>` +
      `<span>${task.ownerName ? esc(task.ownerName) : words.unassigned}</span>${flags ? `<i>${flags}</i>` : ""}</li>`,
    );
    open = true;

    if (row.slip) layers.slipBands.add(box(0, y, W, ROW));
    if (task.baselineStart && task.baselineEnd) layers.baseline.add(box(x(task.baselineStart), y + 18, span(task.baselineStart, task.baselineEnd), 3));
    const bx = x(task.plannedStart);
    const bw = span(task.plannedStart, task.plannedEnd);
    const done = task.status === "DONE" ? 100 : Math.min(100, Math.max(0, task.progress));
    if (done > 0) {
      const shape = box(bx, y + 7, Math.max(1, Math.round((bw * done) / 100)), 10);
      if (row.critical) layers.progressCritical.add(shape);
      else layers.progress.add(shape);
    }
    if (task.actualStart) {
      const until = task.actualEnd ?? (model.today > task.actualStart ? model.today : task.actualStart);
      layers.actual.add(box(x(task.actualStart), y + 2, span(task.actualStart, until), 3));
    }
    const fill = row.critical ? ` fill="${COLORS.critical}"` : "";
    const stroke = row.slip ? ` stroke="${COLORS.slipped}" stroke-width="2"` : "";
    bars.add(`<rect x="${bx}" y="${y + 7}" width="${bw}" height="10" rx="2"${fill}${stroke} role="img"><title>${barTitle(row, title)}</title></rect>`);

    for (const predId of task.predecessorIds) {
      const from = model.rowOf.get(predId);
      const pred = from === undefined ? undefined : rows[from];
      if (!pred || pred.kind !== "task") continue;
      const x1 = x(pred.task.plannedEnd) + ppd;
      const y1 = from! * ROW + 12;
      const y2 = y + 12;
      // Straight down when there is room before the successor; otherwise around its row's edge.
      const path = bx - x1 >= 8 ? `M${x1} ${y1}h4V${y2}H${bx - 1}` : `M${x1} ${y1}h4V${y2 > y1 ? y : y + ROW}H${bx - 8}V${y2}H${bx - 1}`;
      const head = `M${bx} ${y2}l-5 -3v6z`;
      if (row.critical && pred.critical) {
        layers.arrowsCritical.add(path);
        layers.headsCritical.add(head);
      } else {
        layers.arrows.add(path);
        layers.heads.add(head);
      }
    }
  });
  if (open) list.add("</ol></li>");

  const layer = (d: Text, attrs: string) => (d.empty ? "" : `<path d="${d}" ${attrs}/>`);
  const H = rows.length * ROW;
  const svg =
    layer(layers.phaseBands, `fill="${COLORS.phaseBand}"`) +
    layer(layers.slipBands, `fill="${COLORS.slipBand}"`) +
    gridMarkup(model, H) +
    layer(layers.baseline, `fill="${COLORS.baseline}"`) +
    `<g fill="${COLORS.planned}">${bars}</g>` +
    // Overlays let the pointer through to the bar below, whose <title> is the tooltip.
    `<g pointer-events="none">` +
    layer(layers.progress, `fill="${COLORS.progress}"`) +
    layer(layers.progressCritical, `fill="${COLORS.progressCritical}"`) +
    layer(layers.actual, `fill="${COLORS.actual}"`) +
    layer(layers.arrows, `fill="none" stroke="${COLORS.arrow}"`) +
    layer(layers.heads, `fill="${COLORS.arrow}"`) +
    layer(layers.arrowsCritical, `fill="none" stroke="${COLORS.critical}" stroke-width="1.5"`) +
    layer(layers.headsCritical, `fill="${COLORS.critical}"`) +
    (model.todayShown ? `<path d="M${x(model.today) + ppd / 2} 0V${H}" stroke="${COLORS.today}" stroke-width="2"/>` : "") +
    `</g>`;
  return { list: list.toString(), bars: svg };
}

/** Weekend shading (when wide enough to see), week and month lines, milestone lines: a path each. */
function gridMarkup(model: GanttModel, height: number): string {
  const { start, end, pxPerDay: ppd } = model;
  let weekends = "";
  let weeks = "";
  let months = "";
  for (let d = start, i = 0; d <= end; d = addDays(d, 1), i++) {
    const x = i * ppd;
    const weekday = d.getUTCDay();
    if (weekday === 6 && ppd >= 8) weekends += `M${x} 0h${2 * ppd}v${height}h${-2 * ppd}z`;
    if (weekday === 1) weeks += `M${x} 0V${height}`;
    if (d.getUTCDate() === 1) months += `M${x} 0V${height}`;
  }
  const milestones = model.milestones.map((m) => `M${daysBetween(start, m.date) * ppd + ppd / 2} 0V${height}`).join("");
  return (
    (weekends ? `<path d="${weekends}" fill="${COLORS.weekend}"/>` : "") +
    (weeks ? `<path d="${weeks}" stroke="${COLORS.weekLine}"/>` : "") +
    (months ? `<path d="${months}" stroke="${COLORS.monthLine}"/>` : "") +
    (milestones ? `<path d="${milestones}" stroke="${COLORS.milestone}" stroke-dasharray="4 3"/>` : "")
  );
}
