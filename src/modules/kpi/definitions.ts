// Server actions of this module (defineAction), registered in modules/action-registry.ts.
export {};
