import type { Cell } from "@/modules/plan/transfer/cells";

// A value cell as exports write it: a number, or text such as "97.5", "97.5%", "1,234.5", "－3"
// (full-width), "−3" (minus sign). Units other than % are not stripped: "12天" is refused rather than guessed.

const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** The number in a cell; null when it holds none (empty cells included). */
export function parseValueCell(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  let s = cell.normalize("NFKC").replace(/\u2212/g, "-").replace(/\s+/g, "");
  if (s.endsWith("%")) s = s.slice(0, -1);
  if (THOUSANDS.test(s)) s = s.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
