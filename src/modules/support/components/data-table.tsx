import type { ReactNode } from "react";

export interface DataColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

/**
 * The numbers behind a chart as a table, folded under "数据表": screen readers and people who want
 * exact values read this instead of the picture.
 */
export function ChartDataTable<T>({ summary, caption, columns, rows, testId }: { summary: string; caption: string; columns: DataColumn<T>[]; rows: T[]; testId?: string }) {
  return (
    <details className="mt-3 text-sm" data-testid={testId}>
      <summary className="cursor-pointer select-none text-blue-700 hover:underline">{summary}</summary>
      <div className="mt-2 max-h-80 overflow-auto rounded border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={`whitespace-nowrap px-2 py-1.5 font-medium text-slate-700 ${c.numeric ? "text-right" : "text-left"}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.header} className={`whitespace-nowrap px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
