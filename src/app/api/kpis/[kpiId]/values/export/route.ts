import { getLocale, getTranslations } from "next-intl/server";
import { optionalId } from "@/lib/list-params";
import { kpiName } from "@/modules/kpi/components/format";
import { exportKpiValues } from "@/modules/kpi/detail-queries";
import { dayOf } from "@/modules/kpi/logic";
import { requireApiPermission } from "@/server/api";
import { db } from "@/server/db";
import { xlsxResponse } from "@/server/xlsx";

/** Every value of one KPI as .xlsx, newest period first (what the values table pages through). */
export async function GET(_request: Request, { params }: { params: Promise<{ kpiId: string }> }) {
  const guard = await requireApiPermission("kpi.read");
  if ("response" in guard) return guard.response;
  const id = optionalId((await params).kpiId);
  const kpi = id ? await db.kpi.findUnique({ where: { id }, select: { id: true, code: true, nameZh: true, nameEn: true, unit: true } }) : null;
  if (!kpi) return Response.json({ error: "not found" }, { status: 404 });
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale(), exportKpiValues(kpi.id)]);
  return xlsxResponse(`${kpi.code}-${t("kpi.values.exportFileName")}.xlsx`, kpiName(kpi, locale), [
    { header: t("kpi.fields.code"), value: () => kpi.code, width: 24 },
    { header: t("kpi.values.period.label"), value: (r) => dayOf(r.periodStart), width: 12 },
    { header: kpi.unit ? t("kpi.values.valueWithUnit", { unit: kpi.unit }) : t("kpi.values.value"), value: (r) => r.value, width: 12 },
    { header: t("kpi.values.origin"), value: (r) => t(`kpi.values.origins.${r.origin}`), width: 10 },
    { header: t("kpi.values.note"), value: (r) => r.note, width: 40 },
    { header: t("kpi.values.enteredBy"), value: (r) => r.enteredBy?.name, width: 14 },
    { header: t("kpi.values.updatedAt"), value: (r) => r.updatedAt, width: 20 },
  ], rows);
}
