import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { homeRanges } from "../role-queries";
import { boardTiles } from "../kpi-board";
import { planSummary } from "../plan-summary";
import { todayDay } from "../queries";
import { statusCounts } from "../tiles";
import { StatusLegend } from "./kpi-board";
import { KpiTile } from "./kpi-tile";

/** The executive's home: the board in brief (this month) — status counts, the KPIs needing attention, phase and readiness. */
export async function ExecutiveSummary() {
  const today = todayDay();
  const [t, tiles, plan] = await Promise.all([getTranslations("dashboards.home"), boardTiles({ range: homeRanges(today).month }, today), planSummary(50)]);
  const rank = { RED: 0, AMBER: 1, NONE: 2, GREEN: 3 } as const;
  const attention = [...tiles].sort((a, b) => rank[a.status] - rank[b.status] || a.kpi.sortOrder - b.kpi.sortOrder).slice(0, 4);
  return (
    <Card title={t("executiveTitle")} actions={<Link href="/dashboard" className={buttonVariants({ variant: "secondary", size: "sm" })} data-testid="home-open-board">{t("openBoard")}</Link>}>
      <div className="space-y-3" data-testid="home-executive-dashboard">
        <StatusLegend counts={statusCounts(tiles)} />
        {plan ? (
          <p className="text-sm text-slate-700" data-testid="home-plan-line">
            {t("planLine", { phase: plan.phaseName ?? "—", progress: plan.progress, expected: plan.expected, readiness: plan.readiness.score, risks: plan.risks.length })}
          </p>
        ) : null}
        {attention.length ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">{attention.map((tile) => <KpiTile key={tile.kpi.id} tile={tile} compact />)}</ul>
        ) : (
          <p className="text-sm text-slate-500">{t("noKpis")}</p>
        )}
      </div>
    </Card>
  );
}
