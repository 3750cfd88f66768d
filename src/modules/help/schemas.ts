import { z } from "zod";
import { ROLES } from "@/server/permissions";
import { ARTICLE_KINDS, HELP_MODULES, MAX_BODY, MAX_TITLE } from "./constants";

// Shared by the forms (field names) and the actions (validation).
const ZId = z.uuid();
const ZVersion = z.coerce.number().int().positive();
const ZList = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const ZArticleFields = {
  title: z.string().trim().min(1).max(MAX_TITLE),
  kind: z.enum(ARTICLE_KINDS),
  /** "" = for every module (general articles such as sign-in or printing). */
  module: z.union([z.enum(HELP_MODULES), z.literal("")]).optional().transform((v) => (v ? v : null)),
  /** None ticked = written for everyone. */
  roles: ZList(z.enum(ROLES)).transform((roles) => [...new Set(roles)]),
  videoUrl: z.union([z.url({ protocol: /^https?$/ }).max(500), z.literal("")]).optional().transform((v) => (v ? v : null)),
  body: z.string().trim().min(1).max(MAX_BODY),
  /** The "publish" button sends this; "save draft" does not. */
  publish: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
};

export const ZCreateArticle = z.object(ZArticleFields);
export const ZUpdateArticle = z.object({ id: ZId, version: ZVersion, ...ZArticleFields });

export const ZSetArticleStatus = z.object({
  id: ZId,
  version: ZVersion,
  status: z.enum(["PUBLISHED", "DRAFT", "ARCHIVED"]),
});

export const ZCreateFromIssue = z.object({
  issueId: ZId,
  /** Language of the section headings; the server action wrapper fills it from the request. */
  locale: z.enum(["zh-CN", "en"]).optional().default("zh-CN"),
});

// An issue is named by id (from the issue page) or by its number as people write it ("ISS-12", "12").
const ZIssueRef = z
  .object({
    issueId: z.union([ZId, z.literal("")]).optional(),
    issueNumber: z
      .string()
      .trim()
      .regex(/^(?:ISS-?)?\d{1,9}$/i)
      .transform((v) => Number(v.replace(/\D/g, "")))
      .or(z.literal("").transform(() => undefined))
      .optional(),
  })
  .refine((v) => Boolean(v.issueId) || v.issueNumber !== undefined, { path: ["issueNumber"], message: "errors.field.required" });

export const ZLinkIssue = z.object({ articleId: ZId }).and(ZIssueRef);

export const ZUnlinkIssue = z.object({ articleId: ZId, issueId: ZId });

/** Query of /api/help/suggest. */
export const ZSuggestQuery = z.object({
  q: z.string().trim().min(1).max(200),
  module: z.enum(HELP_MODULES).optional().catch(undefined),
});
