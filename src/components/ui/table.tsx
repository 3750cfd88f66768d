import Link from "next/link";
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { withParams } from "@/lib/list-params";

type RawSearchParams = Record<string, string | string[] | undefined>;

export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("whitespace-nowrap bg-slate-50 px-3 py-2 text-left font-medium text-slate-700", className)} {...props} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 align-top text-slate-800", className)} {...props} />;
}

/** A column header that sorts the list on the server through the URL; keyboard reachable as a link. */
export function SortTh({ label, column, sort, dir, searchParams }: { label: string; column: string; sort: string; dir: "asc" | "desc"; searchParams: RawSearchParams }) {
  const active = sort === column;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <Th aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={withParams(searchParams, { sort: column, dir: nextDir, page: undefined })} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden className="text-slate-400">
          {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </Th>
  );
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-10 text-center text-slate-500">
        {children}
      </td>
    </tr>
  );
}

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  searchParams: RawSearchParams;
  labels: { previous: string; next: string; summary: string };
}

export function Pagination({ page, pageSize, total, searchParams, labels }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label="pagination" className="mt-3 flex items-center justify-between gap-3 text-sm text-slate-600">
      <span>{labels.summary}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={withParams(searchParams, { page: page - 1 })} rel="prev">
            {labels.previous}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={link} href={withParams(searchParams, { page: page + 1 })} rel="next">
            {labels.next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
