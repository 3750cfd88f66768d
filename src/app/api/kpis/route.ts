import { kpiCatalogueForApi } from "@/modules/kpi/transfer/queries";
import { authenticateApiToken } from "@/server/api-token";
import { can } from "@/server/permissions";
import { getActor } from "@/server/session";

/** The KPI catalogue for other systems: definitions, targets and latest values. `?state=all` includes archived KPIs. */
export async function GET(request: Request) {
  const actor = (await authenticateApiToken(request)) ?? (await getActor());
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(actor.role, "kpi.read")) return Response.json({ error: "forbidden" }, { status: 403 });
  const all = new URL(request.url).searchParams.get("state") === "all";
  const kpis = await kpiCatalogueForApi(all);
  return Response.json({ total: kpis.length, kpis });
}
