import { headers } from "next/headers";
import type { Locale } from "@/i18n/config";
import { translator } from "@/i18n/messages";
import { MAX_API_VALUES } from "@/modules/kpi/transfer/limits";
import { pushKpiValues } from "@/modules/kpi/transfer/definitions";
import { authenticateApiToken } from "@/server/api-token";
import { can } from "@/server/permissions";
import { clientIp, requestId } from "@/server/request-info";
import { getActor } from "@/server/session";

// REST for the ERP and other systems: `Authorization: Bearer erp_…` (a token acts as its user) or the
// browser session. JSON `{ values: [{ kpi, period, value, note? }] }`: all values are written, or none.

const MAX_JSON_BYTES = 512 * 1024;
const FIELD = { kpi_code: "kpi", period: "period", value: "value", note: "note" } as const;

function localeOf(request: Request): Locale {
  const lang = request.headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return lang.startsWith("en") ? "en" : "zh-CN";
}

export async function POST(request: Request) {
  const actor = (await authenticateApiToken(request)) ?? (await getActor());
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(actor.role, "kpi.value.enter")) return Response.json({ error: "forbidden" }, { status: 403 });
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) return Response.json({ error: "payload too large", maxBytes: MAX_JSON_BYTES }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: "invalid JSON" }, { status: 400 });
  }
  const values = (body as { values?: unknown } | null)?.values;
  if (Array.isArray(values) && values.length > MAX_API_VALUES) {
    return Response.json({ error: "too many values", max: MAX_API_VALUES }, { status: 413 });
  }
  const locale = localeOf(request);
  const h = await headers();
  const result = await pushKpiValues.execute(actor, body, { locale, requestId: requestId(h), ip: clientIp(h) });
  if (!result.ok) return Response.json({ error: result.error, fieldErrors: result.fieldErrors ?? {} }, { status: result.unexpected ? 500 : 400 });
  const outcome = result.data;
  if (outcome.status === "invalid") {
    const t = translator(locale) as unknown as (key: string, params?: Record<string, string | number>) => string;
    const errors = outcome.errors.map((e) => ({ index: e.row === null ? null : e.row - 1, field: e.column && FIELD[e.column], code: e.key.split(".").pop(), message: t(e.key, e.params) }));
    // Refused only for KPIs the caller does not own: a permission problem, not a malformed request.
    const forbidden = outcome.errors.every((e) => e.key.endsWith(".notOwner"));
    return Response.json({ error: forbidden ? "forbidden" : "invalid values", errorCount: outcome.errorCount, errors }, { status: forbidden ? 403 : 400 });
  }
  const { rows, kpis, created, replaced, normalised, perKpi } = outcome.summary;
  return Response.json(
    { written: rows, kpis, created, replaced, normalised, perKpi: perKpi.map(({ code, rows: n, created: c, replaced: r, from, to }) => ({ code, written: n, created: c, replaced: r, from, to })) },
    { status: 201 },
  );
}
