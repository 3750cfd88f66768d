import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { IssueStatusBadge, PriorityBadge } from "@/modules/issues/components/badges";
import { issueKey } from "@/modules/issues/constants";
import { ageParts } from "../metrics";
import type { DailyReportContent, ReportBreach, ReportIssue } from "../report-content";
import { formatInstant, formatNumber } from "./format";

// The report's body, the same for the live figures and a sent snapshot: it only reads the content.

/** Printing drops the portal's navigation and forms so the report fills the page. */
export function PrintStyles() {
  return (
    <style>{`@media print {
  aside, header, [data-print-hide] { display: none !important; }
  /* The shell's two-column grid would squeeze the report into the navigation's column. */
  div:has(> aside) { display: block !important; }
  body { background: white !important; }
  main { max-width: none !important; padding: 0 !important; }
  details { display: none; }
  section, table { break-inside: avoid; }
}`}</style>
  );
}

function Figure({ label, value, detail, testId, tone }: { label: string; value: ReactNode; detail?: ReactNode; testId: string; tone?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <div className="text-xs text-slate-500">{label}</div>
      <div className={`mt-1 text-2xl font-semibold tabular-nums ${tone ?? ""}`}>{value}</div>
      {detail ? <div className="mt-1 text-xs text-slate-600">{detail}</div> : null}
    </div>
  );
}

/** `snapshot`: statuses are those at sending time, not now. */
export async function ReportView({ content, note, timeZone, snapshot = false }: { content: DailyReportContent; note?: string | null; timeZone: string; snapshot?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const r = (key: string, params?: Record<string, string | number>) => t(`support.report.${key}`, params);
  const s = content.totals;
  const issueColumns = (extra?: { header: string; cell: (i: ReportIssue) => ReactNode }) => ({
    head: (
      <tr>
        <Th>{r("columns.number")}</Th>
        <Th>{r("columns.title")}</Th>
        <Th>{r("columns.module")}</Th>
        <Th>{r("columns.priority")}</Th>
        <Th>{r(snapshot ? "columns.statusAtSend" : "columns.status")}</Th>
        {extra ? <Th>{extra.header}</Th> : null}
        <Th>{r("columns.assignee")}</Th>
      </tr>
    ),
    row: (i: ReportIssue) => (
      <tr key={i.id}>
        <Td className="whitespace-nowrap"><Link href={`/issues/${i.id}`} className="text-blue-700 hover:underline">{issueKey(i.number)}</Link></Td>
        <Td>{i.title}</Td>
        <Td className="whitespace-nowrap">{t(`issues.module.${i.module}`)}</Td>
        <Td><PriorityBadge priority={i.priority} label={t(`issues.priority.${i.priority}`)} /></Td>
        <Td><IssueStatusBadge status={i.status} label={t(`issues.status.${i.status}`)} /></Td>
        {extra ? <Td className="whitespace-nowrap">{extra.cell(i)}</Td> : null}
        <Td className="whitespace-nowrap">{i.assigneeName ?? <span className="text-slate-500">{r("unassigned")}</span>}</Td>
      </tr>
    ),
  });
  const list = (key: "open" | "created" | "done" | "breached", issues: ReportIssue[], extra?: { header: string; cell: (i: ReportIssue) => ReactNode }) => {
    const cols = issueColumns(extra);
    return (
      <section className="break-inside-avoid" data-testid={`report-${key}`}>
        <h2 className="mb-2 text-base font-semibold">{r(`lists.${key}`)} <span className="text-sm font-normal text-slate-500">({issues.length})</span></h2>
        {issues.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-3 py-4 text-sm text-slate-500">{r(`empty.${key}`)}</p>
        ) : (
          <Table caption={r(`lists.${key}`)}>
            <thead>{cols.head}</thead>
            <tbody className="divide-y divide-slate-100">{issues.map(cols.row)}</tbody>
          </Table>
        )}
      </section>
    );
  };

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Figure testId="report-created" label={r("totals.created")} value={s.created} />
        <Figure testId="report-done" label={r("totals.done")} value={s.done} />
        <Figure testId="report-open-eod" label={r("totals.openEod")} value={s.openEod} detail={r("totals.openEodHigh", { n: s.openEodHigh })} tone={s.openEodHigh ? "text-amber-700" : ""} />
        <Figure testId="report-breached" label={r("totals.breached")} value={s.breached} tone={s.breached ? "text-red-700" : "text-green-700"} />
        <Figure
          testId="report-same-day"
          label={r("totals.sameDay")}
          value={s.sameDayRate === null ? "—" : `${formatNumber(s.sameDayRate, locale)}%`}
          detail={s.sameDayRate === null ? r("totals.sameDayNone") : r("totals.sameDayDetail", { met: s.sameDayMet, eligible: s.sameDayEligible })}
          tone={s.sameDayRate === null ? "" : s.sameDayRate >= 100 ? "text-green-700" : "text-amber-700"}
        />
        <Figure
          testId="report-csat"
          label={r("totals.csat")}
          value={s.csatAverage === null ? "—" : t("support.kpi.csatValue", { avg: formatNumber(s.csatAverage, locale, 2) })}
          detail={s.csatAverage === null ? r("totals.csatNone") : r("totals.csatDetail", { n: s.csatCount })}
        />
      </div>
      <p className="text-xs text-slate-500">{r("sameDayNote")}</p>

      {note ? (
        <Card title={r("note")}>
          <p className="whitespace-pre-wrap text-sm" data-testid="report-note">{note}</p>
        </Card>
      ) : null}

      <section className="break-inside-avoid">
        <h2 className="mb-2 text-base font-semibold">{r("byModule")}</h2>
        {content.byModule.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-3 py-4 text-sm text-slate-500">{r("empty.modules")}</p>
        ) : (
          <Table caption={r("byModule")}>
            <thead>
              <tr>
                <Th>{r("columns.module")}</Th>
                {(["created", "done", "openEod", "openEodHigh", "breached"] as const).map((k) => <Th key={k} className="text-right">{r(`columns.${k}`)}</Th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="report-by-module">
              {content.byModule.map((m) => (
                <tr key={m.module}>
                  <Td>{t(`issues.module.${m.module}`)}</Td>
                  {(["created", "done", "openEod", "openEodHigh", "breached"] as const).map((k) => <Td key={k} className="text-right tabular-nums">{m[k]}</Td>)}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      {list("open", content.open, { header: r("columns.age"), cell: (i) => { const long = ageParts(i.ageHours); return long ? r("ageDays", long) : r("ageHours", { hours: i.ageHours }); } })}
      {content.truncated ? <p className="text-xs text-slate-500">{r("truncated", { n: content.open.length })}</p> : null}
      {list("breached", content.breached, { header: r("columns.breach"), cell: (i) => breachText(i as ReportBreach, r) })}
      {list("created", content.created, { header: r("columns.createdAt"), cell: (i) => formatInstant(i.createdAt, locale, timeZone) })}
      {list("done", content.done)}

      <section className="break-inside-avoid" data-testid="report-csat-list">
        <h2 className="mb-2 text-base font-semibold">{r("lists.csat")} <span className="text-sm font-normal text-slate-500">({content.csat.length})</span></h2>
        {content.csat.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-3 py-4 text-sm text-slate-500">{r("empty.csat")}</p>
        ) : (
          <ul className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            {content.csat.map((c) => (
              <li key={c.number}>
                <span className="font-medium tabular-nums">{c.score}/5</span> · {issueKey(c.number)} {c.title}
                {c.comment ? <span className="text-slate-600"> — “{c.comment}”</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="text-xs text-slate-500">{r("generatedAt", { at: formatInstant(content.generatedAt, locale, timeZone) })}</p>
    </div>
  );
}

function breachText(i: ReportBreach, r: (key: string) => string): string {
  return [i.firstResponse ? r("breachFr") : null, i.resolution ? r("breachRes") : null].filter(Boolean).join(" · ");
}
