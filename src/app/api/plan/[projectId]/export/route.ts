import { z } from "zod";
import { currentLocale } from "@/i18n/locale";
import { exportPlanXlsx } from "@/modules/plan/transfer/export";
import { requireApiPermission } from "@/server/api";

/** The project's plan as .xlsx in the reader's language; the plan import reads it back. */
export async function GET(_request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const guard = await requireApiPermission("plan.read");
  if ("response" in guard) return guard.response;
  const { projectId } = await params;
  const file = z.uuid().safeParse(projectId).success ? await exportPlanXlsx(projectId, await currentLocale()) : null;
  if (!file) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(new Uint8Array(file.buffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "no-store",
    },
  });
}
