import { renderMarkdown } from "@/lib/markdown";
import { cn } from "@/lib/cn";

// Prose styles written as descendant variants: the project has no typography plugin, and these few rules
// keep headings, lists, tables and code readable in Chinese and English alike.
const PROSE = [
  "break-words text-sm leading-relaxed text-slate-800",
  "[&>*+*]:mt-3",
  "[&_h1]:text-xl [&_h1]:font-semibold [&_h1]:text-slate-900 [&_h1]:mt-5",
  "[&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h2]:mt-5",
  "[&_h3]:text-base [&_h3]:font-semibold [&_h3]:text-slate-900 [&_h3]:mt-4",
  "[&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold",
  "[&>:first-child]:mt-0",
  "[&_a]:text-sky-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-sky-900",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li+li]:mt-1 [&_li>ul]:mt-1 [&_li>ol]:mt-1",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.85em]",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-slate-100",
  "[&_table]:w-full [&_table]:border-collapse [&_table]:text-left",
  "[&_th]:border [&_th]:border-slate-200 [&_th]:bg-slate-50 [&_th]:px-2 [&_th]:py-1 [&_th]:font-medium",
  "[&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top",
  "[&_img]:max-w-full [&_img]:rounded [&_hr]:border-slate-200",
].join(" ");

/** User-written Markdown rendered through the shared safe renderer (no raw HTML, allow-listed links). Works in
 * server and client components alike (the help editor previews with it). */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={cn(PROSE, className)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
