import "server-only";

// Every action of the KPI catalogue; the authorization matrix test walks these (registered in action-registry.ts).
export * from "./definitions/catalogue";
export * from "./definitions/values";
export * from "./definitions/pins";
