import "server-only";

// The module's server actions (defineAction), re-exported for the action registry.
export * from "./definitions/inbox";
export * from "./definitions/outbox";
export * from "./definitions/tokens";
export * from "./definitions/webhooks";
