import "server-only";

// Every action of the rollout plan; the authorization matrix test walks these.
export * from "./definitions/deliverables";
export * from "./definitions/project";
export * from "./definitions/tasks";
