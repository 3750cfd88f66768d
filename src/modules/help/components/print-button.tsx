"use client";

import { Button } from "@/components/ui/button";

/** The browser's print dialog also saves as PDF ("另存为 PDF"), so one button serves both. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} data-testid="print-guide">
      {label}
    </Button>
  );
}
