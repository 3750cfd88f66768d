// Units are entered once, usually in Chinese (the seeds' 天, 万元, 工时); English readers see these instead.
// A unit not listed is shown as it was typed.
const ENGLISH_UNITS: Record<string, string> = {
  天: "days",
  日: "days",
  小时: "h",
  工时: "h",
  分钟: "min",
  元: "CNY",
  万元: "CNY", // shown as "CNY 39.74M" (see formatKpiValue)
  个: "",
  件: "pcs",
  次: "times",
  人: "people",
  分: "pts",
};

/** A KPI's unit as its reader says it: as typed in Chinese, translated for English when it is a common one. */
export function unitLabel(unit: string, locale: string): string {
  if (locale.startsWith("zh")) return unit;
  return ENGLISH_UNITS[unit.trim()] ?? unit;
}

/** A KPI value with its unit, in the reader's locale ("98.2%", "7.5 h", "12 天" / "12 days"). */
export function formatKpiValue(value: number | null | undefined, unit: string, decimals: number, locale: string): string {
  if (value == null || !Number.isFinite(value)) return "—";
  // 万 (ten thousand) has no English word: 3,974 万元 reads "CNY 39.7M".
  if (unit.trim() === "万元" && !locale.startsWith("zh")) {
    return `CNY ${new Intl.NumberFormat(locale, { notation: "compact", maximumSignificantDigits: 3 }).format(value * 10_000)}`;
  }
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: decimals }).format(value);
  const label = unitLabel(unit, locale);
  if (!label) return number;
  return label === "%" ? `${number}%` : `${number} ${label}`;
}

/** A signed percentage change ("+30.0%", "−2.5%"). */
export function formatChangePct(pct: number | null | undefined, locale: string): string {
  if (pct == null || !Number.isFinite(pct)) return "—";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Math.abs(pct));
  return `${pct > 0 ? "+" : pct < 0 ? "−" : ""}${number}%`;
}
