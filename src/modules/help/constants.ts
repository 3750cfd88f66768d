import type { ArticleKind, ArticleStatus, ErpModule } from "@/generated/prisma/enums";

// Enumerations in the order people read them in forms and filters.
export const ARTICLE_KINDS = ["FAQ", "GUIDE", "VIDEO"] as const satisfies readonly ArticleKind[];
export const ARTICLE_STATUSES = ["PUBLISHED", "DRAFT", "ARCHIVED"] as const satisfies readonly ArticleStatus[];
export const HELP_MODULES = [
  "SALES", "PURCHASING", "WAREHOUSE", "PRODUCTION", "ENGINEERING", "FINANCE", "HR", "QUALITY", "SYSTEM",
] as const satisfies readonly ErpModule[];

export const MAX_TITLE = 200;
export const MAX_BODY = 50_000;
/** Articles a suggestion box shows while someone types an issue. */
export const SUGGEST_LIMIT = 5;

export function isHelpModule(value: unknown): value is ErpModule {
  return typeof value === "string" && (HELP_MODULES as readonly string[]).includes(value);
}
export function isArticleKind(value: unknown): value is ArticleKind {
  return typeof value === "string" && (ARTICLE_KINDS as readonly string[]).includes(value);
}
