/** A KPI value with its unit, in the reader's locale ("98.2 %", "7.5 h", "12 天"). */
export function formatKpiValue(value: number | null | undefined, unit: string, decimals: number, locale: string): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: decimals }).format(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** A signed percentage change ("+30.0%", "−2.5%"). */
export function formatChangePct(pct: number | null | undefined, locale: string): string {
  if (pct == null || !Number.isFinite(pct)) return "—";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Math.abs(pct));
  return `${pct > 0 ? "+" : pct < 0 ? "−" : ""}${number}%`;
}
