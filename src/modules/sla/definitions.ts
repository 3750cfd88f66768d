import "server-only";

// The SLA configuration's actions (calendars, policies, groups, routing); the action registry and the
// authorization matrix test walk these.
export * from "./definitions/calendars";
export * from "./definitions/groups";
export * from "./definitions/policies";
export * from "./definitions/routing";
