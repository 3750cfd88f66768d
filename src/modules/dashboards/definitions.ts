import "server-only";

// Server actions of this module (defineAction), registered in modules/action-registry.ts.
export * from "./definitions/monthly-review";
