import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/i18n/locale";
import { parseListParams } from "@/lib/list-params";
import { departmentName } from "@/modules/departments/queries";
import { issueKey } from "@/modules/issues/constants";
import { ISSUE_SORTS, parseIssueFilter } from "@/modules/issues/list-filter";
import { exportIssues, viewsFor } from "@/modules/issues/queries";
import { requireApiPermission } from "@/server/api";
import { xlsxResponse } from "@/server/xlsx";

/** The issue list as .xlsx: the same queue, filters and sort as the page, only issues the caller may see. */
export async function GET(request: Request) {
  const guard = await requireApiPermission("issue.file");
  if ("response" in guard) return guard.response;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const list = parseListParams(raw, ISSUE_SORTS, "number", "desc");
  const rows = await exportIssues(guard.actor, parseIssueFilter(raw, list.q, viewsFor(guard.actor)), list.sort, list.dir);
  const [t, locale] = [await getTranslations(), await currentLocale()];
  const f = (k: string) => t(`issues.fields.${k}`);
  return xlsxResponse(`${t("issues.title")}.xlsx`, t("issues.title"), [
    { header: f("key"), value: (r) => issueKey(r.number), width: 10 },
    { header: f("title"), value: (r) => r.title, width: 40 },
    { header: f("module"), value: (r) => t(`issues.module.${r.module}`) },
    { header: f("type"), value: (r) => t(`issues.type.${r.type}`) },
    { header: f("impact"), value: (r) => t(`issues.impact.${r.impact}`) },
    { header: f("urgency"), value: (r) => t(`issues.urgency.${r.urgency}`) },
    { header: f("priority"), value: (r) => r.priority, width: 8 },
    { header: f("status"), value: (r) => t(`issues.status.${r.status}`) },
    { header: f("department"), value: (r) => departmentName(r.department, locale) },
    { header: f("reporter"), value: (r) => r.reporter.name },
    { header: f("assignee"), value: (r) => r.assignee?.name ?? "" },
    { header: f("createdAt"), value: (r) => r.createdAt, width: 20 },
    { header: t("issues.sla.firstResponse"), value: (r) => r.firstRespondedAt, width: 20 },
    { header: t("issues.export.firstResponseBreached"), value: (r) => (r.firstResponseBreachedAt ? "✗" : ""), width: 8 },
    { header: t("issues.export.resolvedAt"), value: (r) => r.resolvedAt, width: 20 },
    { header: t("issues.export.resolutionBreached"), value: (r) => (r.resolutionBreachedAt ? "✗" : ""), width: 8 },
    { header: t("issues.export.csat"), value: (r) => r.csatScore ?? "", width: 8 },
    { header: t("issues.export.csatComment"), value: (r) => r.csatComment ?? "", width: 30 },
  ], rows);
}
