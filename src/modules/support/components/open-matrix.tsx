import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ERP_MODULES, PRIORITIES } from "@/modules/issues/constants";
import type { DashboardFilter } from "../period";
import type { OpenCell } from "../queries";
import { issuesHref } from "./issue-links";

// A table heat-map: darker cells hold more open issues. Each number opens the matching issue list.
const SHADES = ["bg-blue-50", "bg-blue-100", "bg-blue-200", "bg-blue-300", "bg-blue-400 text-white"];

function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return "";
  return SHADES[Math.min(SHADES.length - 1, Math.floor((count / max) * (SHADES.length - 0.01)))]!;
}

export async function OpenMatrix({ cells, filter }: { cells: OpenCell[]; filter: DashboardFilter }) {
  const t = await getTranslations();
  const count = (m: string, p: string) => cells.find((c) => c.module === m && c.priority === p)?.count ?? 0;
  const byModule = (m: string) => cells.filter((c) => c.module === m).reduce((s, c) => s + c.count, 0);
  const byPriority = (p: string) => cells.filter((c) => c.priority === p).reduce((s, c) => s + c.count, 0);
  const total = cells.reduce((s, c) => s + c.count, 0);
  const max = Math.max(0, ...cells.map((c) => c.count));
  // With a module filter only that module has rows; otherwise every module, in reading order.
  const modules = filter.module ? [filter.module] : ERP_MODULES;
  const scope = { status: "open", department: filter.departmentId };
  const allP = t("support.matrix.allPriorities");
  const allM = t("support.matrix.allModules");
  const link = (n: number, href: string, label: string) =>
    n === 0 ? <span className="text-slate-300">0</span> : <Link href={href} className="font-medium text-blue-800 underline-offset-2 hover:underline" aria-label={label}>{n}</Link>;
  return (
    <Card title={t("support.matrix.title")} className="mb-6">
      <p className="mb-2 text-xs text-slate-500">{total === 0 ? t("support.matrix.empty") : t("support.matrix.hint")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="open-matrix">
          <caption className="sr-only">{t("support.matrix.title")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th scope="col" className="px-2 py-1.5 font-medium">{t("support.matrix.module")}</th>
              {PRIORITIES.map((p) => (
                <th key={p} scope="col" className="px-2 py-1.5 text-center font-medium" title={t(`issues.priority.${p}`)}>{p}</th>
              ))}
              <th scope="col" className="px-2 py-1.5 text-center font-medium">{t("support.matrix.total")}</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => {
              const moduleName = t(`issues.module.${m}`);
              return (
                <tr key={m} className="border-b border-slate-100">
                  <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-normal">{moduleName}</th>
                  {PRIORITIES.map((p) => {
                    const n = count(m, p);
                    return (
                      <td key={p} className={`px-2 py-1.5 text-center tabular-nums ${shade(n, max)}`}>
                        {link(n, issuesHref({ ...scope, module: m, priority: p }), t("support.matrix.cellLabel", { module: moduleName, priority: p, n }))}
                      </td>
                    );
                  })}
                  <td className="px-2 py-1.5 text-center tabular-nums font-medium">{link(byModule(m), issuesHref({ ...scope, module: m }), t("support.matrix.cellLabel", { module: moduleName, priority: allP, n: byModule(m) }))}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="text-xs font-medium">
              <th scope="row" className="px-2 py-1.5 text-left">{t("support.matrix.total")}</th>
              {PRIORITIES.map((p) => (
                <td key={p} className="px-2 py-1.5 text-center tabular-nums">
                  {link(byPriority(p), issuesHref({ ...scope, module: filter.module, priority: p }), t("support.matrix.cellLabel", { module: filter.module ? t(`issues.module.${filter.module}`) : allM, priority: p, n: byPriority(p) }))}
                </td>
              ))}
              <td className="px-2 py-1.5 text-center tabular-nums">{link(total, issuesHref({ ...scope, module: filter.module }), t("support.matrix.cellLabel", { module: filter.module ? t(`issues.module.${filter.module}`) : allM, priority: allP, n: total }))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
