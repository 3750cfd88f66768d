import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { calendarWithAllDays } from "@/modules/sla/queries";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** Every holiday and 调休 day of a calendar as .xlsx, in the columns the paste import reads back. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await requireApiPermission("support.configure");
  if ("response" in guard) return guard.response;
  const id = z.uuid().safeParse((await params).id);
  const calendar = id.success ? await calendarWithAllDays(id.data) : null;
  if (!calendar) return Response.json({ error: "not found" }, { status: 404 });
  const t = await getTranslations("sla");
  return xlsxResponse(`${calendar.code}.xlsx`, calendar.code, [
    { header: t("days.date"), value: (d) => d.date.toISOString().slice(0, 10), width: 14 },
    { header: t("days.kind"), value: (d) => (d.kind === "HOLIDAY" ? "休" : "班"), width: 8 },
    { header: t("days.kindName"), value: (d) => t(`days.kinds.${d.kind}`), width: 16 },
    { header: t("days.name"), value: (d) => d.name, width: 24 },
  ], calendar.days);
}
