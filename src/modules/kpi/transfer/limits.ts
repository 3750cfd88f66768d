// Limits and column keys shared by the upload form (client), the import and the REST endpoint.

export const MAX_FILE_MB = 5;
/** Data rows per file (the header excluded): three years of daily values for 18 KPIs. */
export const MAX_ROWS = 20_000;
/** Values per REST request. */
export const MAX_API_VALUES = 1000;
export const MAX_NOTE = 2000;

/** The columns of the import file, in the template's order. */
export const COLUMNS = ["kpi_code", "period", "value", "note"] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["kpi_code", "period", "value"];

/** Message keys under kpiTransfer.errors. */
export const E = "kpiTransfer.errors.";
