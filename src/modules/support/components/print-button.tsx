"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("support.report");
  return (
    <Button variant="secondary" onClick={() => window.print()} data-testid="print-report">
      {t("print")}
    </Button>
  );
}
