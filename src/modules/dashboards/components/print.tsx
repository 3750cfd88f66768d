"use client";

import { Button } from "@/components/ui/button";

/**
 * The board prints on A4 landscape (a wall of tiles), the monthly report on A4 portrait (a document). The
 * portal's navigation, the filters and the buttons are left out; tiles and panels are not split across pages.
 */
export function PrintStyles({ orientation }: { orientation: "landscape" | "portrait" }) {
  const css = `@media print {
  @page { size: A4 ${orientation}; margin: 10mm; }
  body { background: #fff !important; font-size: 11px; }
  body aside, body header, [data-print="hide"] { display: none !important; }
  div:has(> aside) { display: block !important; }
  body main { max-width: none !important; padding: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  section, article, li, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .recharts-responsive-container { max-width: 100% !important; }
}`;
  return <style>{css}</style>;
}

/** The browser's print dialog also saves as PDF ("另存为 PDF"), so one button serves both. */
export function PrintButton({ label, testId }: { label: string; testId: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} data-testid={testId}>
      {label}
    </Button>
  );
}
