import { z } from "zod";

// Shared by the forms (field names) and the actions (validation). Numbers arrive as form strings.
export const MAX_TARGETS = 12;
export const MAX_PINS = 8;
export const KPI_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** Sources a person may choose; COMPUTED KPIs are created by the computation module with their key. */
export const EDITABLE_SOURCES = ["ENTERED", "IMPORTED"] as const;

const ZId = z.uuid();
const ZVersion = z.coerce.number().int().positive();
const ZDay = z.iso.date();
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : typeof v === "string" ? Number(v.trim().replace(/,/g, "")) : v);
const ZNumber = z.preprocess(blankToUndefined, z.number().finite());
const ZOptionalNumber = z.preprocess(blankToUndefined, z.number().finite().optional()).transform((v) => v ?? null);
const ZOptionalId = z.union([ZId, z.literal("")]).optional().transform((v) => (v ? v : null));
const ZOptionalDay = z.union([ZDay, z.literal("")]).optional().transform((v) => (v ? v : null));

/** Target rows as the form sends them (one JSON field, so a refused save can echo them back). */
export const ZTargetRows = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? [];
    try {
      return v.trim() ? JSON.parse(v) : [];
    } catch {
      return null;
    }
  },
  z.array(z.object({ dueDate: z.string(), value: z.union([z.string(), z.number()]), labelZh: z.string().optional(), labelEn: z.string().optional() })).max(MAX_TARGETS),
);

const ZKpiFields = {
  code: z.string().trim().toUpperCase().min(2).max(40).regex(KPI_CODE_PATTERN),
  nameZh: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  definitionZh: z.string().trim().max(4000).optional().default(""),
  definitionEn: z.string().trim().max(4000).optional().default(""),
  unit: z.string().trim().max(20).optional().default(""),
  decimals: z.coerce.number().int().min(0).max(4),
  direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]),
  frequency: z.enum(["DAILY", "WEEKLY", "MONTHLY"]),
  /** Ignored for a computed KPI (its source stays COMPUTED). */
  source: z.enum(EDITABLE_SOURCES),
  baselineValue: ZOptionalNumber,
  baselineDate: ZOptionalDay,
  greenWithinPct: z.preprocess(blankToUndefined, z.number().min(0).max(100)),
  amberWithinPct: z.preprocess(blankToUndefined, z.number().min(0).max(1000)),
  graceDays: z.coerce.number().int().min(0).max(90),
  ownerId: ZOptionalId,
  /** "" = company-wide. */
  departmentId: ZOptionalId,
  targets: ZTargetRows,
};

export const ZCreateKpi = z.object(ZKpiFields);
export const ZUpdateKpi = z.object({ id: ZId, version: ZVersion, ...ZKpiFields });
export const ZSetKpiActive = z.object({ id: ZId, version: ZVersion, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ZEnterKpiValue = z.object({
  kpiId: ZId,
  periodStart: ZDay,
  value: ZNumber,
  note: z.string().trim().max(1000).optional().transform((v) => (v ? v : null)),
  /** Sent when correcting a listed value: a value changed meanwhile by someone else is not overwritten. */
  version: z.union([ZVersion, z.literal("")]).optional().transform((v) => (v === "" ? undefined : v)),
});
export const ZDeleteKpiValue = z.object({ kpiId: ZId, periodStart: ZDay, version: ZVersion });
export const ZPinKpi = z.object({ kpiId: ZId });
