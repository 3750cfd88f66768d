import "server-only";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError } from "@/server/errors";
import { mayEnterValues } from "../kpi-lookup";
import { toDay } from "../logic";
import { E, MAX_FILE_MB, MAX_ROWS } from "./limits";
import { kpisByCode } from "./queries";
import { readValueFile, sniffFile, type RawValueFile } from "./read-file";
import { ZImportValues, ZPushValues } from "./schemas";
import { validateValueRows, type KpiForImport, type RowError, type ValueRow } from "./validate";
import { planWrite, writeBatches, type ImportSummary } from "./write";

// Server actions of KPI value transfer (registered in modules/action-registry.ts): the file import
// of the /kpis/import page and the REST push of other systems. Both take all the rows or none.

/** Row errors come back as data (nothing written): a failed ActionResult carries no payload. */
export type ImportOutcome =
  | { status: "written" | "checked"; summary: ImportSummary }
  | { status: "invalid"; errors: RowError[]; errorCount: number; rows: number };

/** Enough to fix a file in one pass without sending megabytes of the same message back. */
const MAX_REPORTED = 500;

function invalid(errors: RowError[], rows: number): ImportOutcome {
  return { status: "invalid", errors: errors.slice(0, MAX_REPORTED), errorCount: errors.length, rows };
}

async function readUpload(file: File): Promise<RawValueFile> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) throw new ActionError(`${E}fileTooLarge`, { max: MAX_FILE_MB }, "file");
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = sniffFile(bytes);
  if (kind === "xls") throw new ActionError(`${E}oldXls`, {}, "file");
  if (!kind) throw new ActionError(`${E}notSpreadsheet`, {}, "file");
  try {
    return await readValueFile(bytes, kind);
  } catch {
    throw new ActionError(`${E}unreadable`, {}, "file");
  }
}

interface WriteOptions {
  origin: "IMPORT" | "API";
  /** Check and summarise only. */
  dryRun?: boolean;
  skippedEmpty?: number;
  mayWrite?: (kpi: KpiForImport) => boolean;
  audit: { action: string; details: Record<string, unknown> };
}

/** The rule both paths share: every row valid, or nothing written; then one write per KPI and one audit entry. */
async function validateAndWrite({ tx, actor, today, audit }: ActionContext, rows: ValueRow[], options: WriteOptions): Promise<ImportOutcome> {
  const kpis = await kpisByCode(tx, rows.map((r) => String(r.cells.kpi_code ?? "")));
  const result = validateValueRows(rows, { kpi: (code) => kpis.get(code), today: toDay(today), mayWrite: options.mayWrite });
  if (!result.ok) return invalid(result.errors, rows.length);
  const summary = await planWrite(tx, result.batches, { normalised: result.normalised, skippedEmpty: options.skippedEmpty ?? 0 });
  if (options.dryRun) return { status: "checked", summary };
  await writeBatches(tx, result.batches, options.origin, actor.id);
  await audit({
    action: options.audit.action,
    entityType: "KpiValue",
    after: { ...options.audit.details, rows: summary.rows, kpis: summary.kpis, created: summary.created, replaced: summary.replaced, codes: summary.perKpi.map((l) => l.code) },
  });
  return { status: "written", summary };
}

export const importKpiValues = defineAction({
  name: "kpiTransfer.import",
  permission: "kpi.manage",
  input: ZImportValues,
  revalidate: ["/kpis", "/dashboard"],
  async handler(input, ctx): Promise<ImportOutcome> {
    const file = await readUpload(input.file);
    if (file.missing.length) {
      return invalid(file.missing.map((column) => ({ row: file.headerRow, column, key: `${E}missingColumn`, params: { column } })), 0);
    }
    if (file.tooManyRows) throw new ActionError(`${E}tooManyRows`, { max: MAX_ROWS }, "file");
    if (!file.rows.length) throw new ActionError(`${E}noRows`, {}, "file");

    return validateAndWrite(ctx, file.rows, {
      origin: "IMPORT",
      dryRun: input.validateOnly,
      skippedEmpty: file.skippedEmpty,
      audit: { action: "importValues", details: { fileName: input.file.name, format: file.kind } },
    });
  },
});

export const pushKpiValues = defineAction({
  name: "kpiTransfer.push",
  permission: "kpi.value.enter",
  input: ZPushValues,
  revalidate: ["/kpis", "/dashboard"],
  async handler(input, ctx): Promise<ImportOutcome> {
    // Position 1 is the first element: what the caller reads back in the row errors.
    const rows: ValueRow[] = input.values.map((v, i) => ({ row: i + 1, cells: { kpi_code: v.kpi ?? null, period: v.period ?? null, value: v.value ?? null, note: v.note ?? null } }));
    // Looked up on the server per KPI: managers write any KPI, everyone else only the KPIs they own.
    return validateAndWrite(ctx, rows, { origin: "API", mayWrite: (kpi) => mayEnterValues(ctx.actor, kpi), audit: { action: "pushValues", details: {} } });
  },
});
