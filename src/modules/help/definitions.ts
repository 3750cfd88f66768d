import "server-only";

// Every action of the help center; the authorization matrix test walks these.
export * from "./definitions/articles";
export * from "./definitions/issue-links";
