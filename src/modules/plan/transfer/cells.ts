import type { CellValue } from "exceljs";
import { z } from "zod";
import { LOCALES } from "@/i18n/config";
import { day, isoDay } from "../dates";
import { normalizeHeader, translate } from "./columns";

// Turning what people type into Excel into plan values. Excel gives dates as Date or serial
// numbers, e-mails as hyperlinks, styled text as rich text and formulas as their last result;
// each field helper below accepts all of those and reports a catalogue key when it cannot.

export type Cell = string | number | boolean | Date | null;

export function plainCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return plainCell(value.richText.map((r) => r.text).join(""));
  if ("hyperlink" in value) return plainCell(value.text as CellValue);
  if ("formula" in value || "sharedFormula" in value) return plainCell((value.result ?? null) as CellValue);
  return null; // #N/A and other error values
}

export function cellText(value: Cell): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDay(value);
  return String(value).replace(/\r\n?/g, "\n").trim();
}

const DAY = 86_400_000;
const EXCEL_EPOCH_SERIAL = 25_569; // 1970-01-01 in Excel's 1900 date system

/** A calendar day at UTC midnight; null when empty; undefined when it is not a date. */
export function parseDateCell(value: Cell): Date | null | undefined {
  if (value === null) return null;
  let d: Date | undefined;
  if (value instanceof Date) d = value;
  else if (typeof value === "number") d = new Date((value - EXCEL_EPOCH_SERIAL) * DAY);
  else if (typeof value === "string") {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(value.trim());
    if (!m) return undefined;
    try {
      return day(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`);
    } catch {
      return undefined;
    }
  }
  if (!d || Number.isNaN(d.getTime())) return undefined;
  // Floor to the day, forgiving the sub-second noise of floating-point serials.
  const floored = new Date(Math.floor((d.getTime() + 1000) / DAY) * DAY);
  const year = floored.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? floored : undefined;
}

/** Commas (either width), 、 and semicolons separate list entries; spaces around them do not matter. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Code → code for every spelling: the code itself and its label in each language. */
export function choiceLookup<C extends string>(codes: readonly C[], labelKey: (code: C) => string): Map<string, C> {
  const map = new Map<string, C>();
  for (const code of codes) {
    map.set(normalizeHeader(code), code);
    for (const locale of LOCALES) map.set(normalizeHeader(translate(locale)(labelKey(code))), code);
  }
  return map;
}

type Ctx = z.core.$RefinementCtx;
const fail = (ctx: Ctx, message: string, params?: Record<string, string | number>) => {
  ctx.addIssue({ code: "custom", message, params });
  return z.NEVER;
};
const E = "planTransfer.errors.";
// A cell missing from the row (no such column) reads as an empty one.
const anyCell = () =>
  z
    .unknown()
    .optional()
    .transform((v) => (v ?? null) as Cell);

export const textCell = (max: number, required = false) =>
  anyCell().transform((v, ctx) => {
    const s = cellText(v);
    if (!s && required) return fail(ctx, `${E}required`);
    if (s.length > max) return fail(ctx, `${E}tooLong`, { max });
    return s;
  });

export const dateCell = () =>
  anyCell().transform((v, ctx): Date | null => {
    const d = parseDateCell(v);
    return d === undefined ? fail(ctx, `${E}date`) : d;
  });

export const requiredDateCell = () =>
  anyCell().transform((v, ctx): Date => {
    const d = parseDateCell(v);
    if (d === undefined) return fail(ctx, `${E}date`);
    return d ?? fail(ctx, `${E}required`);
  });

function parseInt(v: Cell, min: number, max: number, ctx: Ctx): number | "empty" {
  const s = cellText(v).replace(/%$/, "").trim();
  if (!s) return "empty";
  const n = Number(s);
  if (!Number.isInteger(n)) return fail(ctx, `${E}int`);
  if (n < min || n > max) return fail(ctx, `${E}range`, { min, max });
  return n;
}

export const intCell = (min: number, max: number) =>
  anyCell().transform((v, ctx): number => {
    const n = parseInt(v, min, max, ctx);
    return n === "empty" ? fail(ctx, `${E}required`) : n;
  });

/** An empty cell stands for `whenEmpty` (null: not given). */
export const optionalIntCell = <T extends number | null>(min: number, max: number, whenEmpty: T) =>
  anyCell().transform((v, ctx): number | T => {
    const n = parseInt(v, min, max, ctx);
    return n === "empty" ? whenEmpty : n;
  });

export const choiceCell = <C extends string>(lookup: Map<string, C>, fallback?: C) =>
  anyCell().transform((v, ctx): C => {
    const s = cellText(v);
    if (!s) return fallback ?? fail(ctx, `${E}required`);
    return lookup.get(normalizeHeader(s)) ?? fail(ctx, `${E}choice`, { value: s });
  });

const ZEmail = z.email();
const email = (s: string) => s.toLowerCase();

export const emailCell = () =>
  anyCell().transform((v, ctx) => {
    const s = cellText(v).replace(/^mailto:/i, "");
    if (!s) return null;
    return ZEmail.safeParse(s).success ? email(s) : fail(ctx, `${E}email`, { value: s });
  });

export const emailListCell = () =>
  anyCell().transform((v, ctx) => {
    const items = splitList(cellText(v));
    const bad = items.find((s) => !ZEmail.safeParse(s).success);
    return bad ? fail(ctx, `${E}email`, { value: bad }) : items.map(email);
  });

export const listCell = () => anyCell().transform((v) => splitList(cellText(v)));

export const intListCell = () =>
  anyCell().transform((v, ctx) => {
    const items = splitList(cellText(v));
    if (items.some((s) => !/^\d{1,6}$/.test(s))) return fail(ctx, `${E}int`);
    return [...new Set(items.map(Number))];
  });
