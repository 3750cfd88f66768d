// Pure KPI rules: periods, target paths, status and timeliness. No database, no React: unit-tested alone.
export * from "./format";
export * from "./period";
export * from "./status";
export * from "./targets";
