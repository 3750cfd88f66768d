import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";

// Plain links: the browser downloads what the API routes answer (they check plan.read themselves).
// No "use client": usable from server and client components alike.

export function ExportLinks({ projectId }: { projectId: string }) {
  const t = useTranslations("planTransfer.export");
  return (
    <a href={`/api/plan/${projectId}/export`} download className={buttonVariants({ variant: "secondary", size: "sm" })} data-testid="plan-export-xlsx">
      <Download aria-hidden className="h-4 w-4" />
      {t("xlsx")}
    </a>
  );
}

export function TemplateExportLink({ templateId }: { templateId: string }) {
  const t = useTranslations("planTransfer.template");
  return (
    <a href={`/api/plan/templates/${templateId}/export`} download className={buttonVariants({ variant: "secondary", size: "sm" })} data-testid="template-export-json">
      <Download aria-hidden className="h-4 w-4" />
      {t("export")}
    </a>
  );
}
