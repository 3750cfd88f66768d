import markdownIt, { type MarkdownIt, type RendererRule, type Token } from "markdown-it";
import { ActionError } from "@/server/errors";

// The one Markdown renderer for user-written text (help articles, issue descriptions, comments).
// Two layers of defence:
// 1. renderMarkdown never emits raw HTML (html:false escapes it) and only emits links and images whose
//    scheme is on an allow-list, so whatever is stored renders harmlessly.
// 2. findUnsafeMarkdown lets an action refuse such text up front with a clear message, so nothing that
//    looks like an attack is stored at all (the user sees why, instead of a silently mangled body).
// Both are pure and run on server and client alike.

export type UnsafeMarkdown = "script" | "unsafeLink";

const SCHEME_RE = /^([a-z][a-z0-9+.-]*):/i;
// Browsers ignore ASCII control characters and whitespace inside a URL's scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const URL_NOISE_RE = /[\u0000-\u0020\u007f-\u009f]/g;

function schemeOf(url: string): string | null {
  const match = SCHEME_RE.exec(url.replace(URL_NOISE_RE, ""));
  return match ? match[1]!.toLowerCase() : null;
}

/** Link targets a reader may follow: web, mail, or a path inside the portal ("/help/…", "#top", "?q="). */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || scheme === "http" || scheme === "https" || scheme === "mailto";
}

/** Image sources: web or relative only (no data:, which can smuggle SVG with script). */
export function isSafeImageUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || scheme === "http" || scheme === "https";
}

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  // Replaces markdown-it's deny-list with an allow-list; a refused link stays visible as plain text.
  md.validateLink = isSafeLinkUrl;

  const renderToken: RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);

  const linkOpen = md.renderer.rules.link_open ?? renderToken;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer nofollow");
    return linkOpen(tokens, idx, options, env, self);
  };

  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    if (!isSafeImageUrl(src)) {
      // Keep the author's alt text so the reader still learns what was meant.
      return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
    }
    token.attrSet("loading", "lazy");
    token.attrSet("referrerpolicy", "no-referrer");
    return image(tokens, idx, options, env, self);
  };
  return md;
}

// A parser that accepts every link, used only to find the ones the renderer would refuse.
function createInspector(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true });
  md.validateLink = () => true;
  return md;
}

let renderer: MarkdownIt | undefined;
let inspector: MarkdownIt | undefined;

/** Safe HTML for user-written Markdown. */
export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}

function* walk(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walk(token.children);
  }
}

// Raw HTML that would run script if it were ever rendered as HTML: a script element, or any tag with an
// event handler attribute (<img onerror=…>, <svg onload=…>).
const SCRIPT_TAG_RE = /<\s*\/?\s*script\b/i;
const EVENT_HANDLER_RE = /<[a-z][^>]*[\s/"']on[a-z]+\s*=/i;
// Script-bearing schemes anywhere (raw HTML attributes, text a reader might paste into a browser).
const SCRIPT_SCHEME_RE = /(?:java|vb)script:/i;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/g;
// data: is only refused where it is used as a link or image target: "master data:" is ordinary prose.
const DATA_ATTR_RE = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*data:/i;

/**
 * Why a text must not be stored, or null when it is fine. Checks the text as written and with HTML
 * entities decoded (so "&#106;avascript:" and "&lt;script" count), and every link and image target the
 * Markdown parser finds (including autolinks and bare URLs).
 */
export function findUnsafeMarkdown(source: string): UnsafeMarkdown | null {
  inspector ??= createInspector();
  const decoded = inspector.utils.unescapeAll(source);
  for (const text of [source, decoded]) {
    if (SCRIPT_TAG_RE.test(text) || EVENT_HANDLER_RE.test(text)) return "script";
  }
  for (const text of [source, decoded]) {
    if (SCRIPT_SCHEME_RE.test(text.replace(CONTROL_RE, "")) || DATA_ATTR_RE.test(text)) {
      return "unsafeLink";
    }
  }
  for (const token of walk(inspector.parse(source, {}))) {
    if (token.type === "link_open" && !isSafeLinkUrl(String(token.attrGet("href") ?? ""))) return "unsafeLink";
    if (token.type === "image" && !isSafeImageUrl(String(token.attrGet("src") ?? ""))) return "unsafeLink";
  }
  return null;
}

/** Catalogue key of the sentence that explains a refusal (messages/help, shared by every module). */
export function unsafeMarkdownMessageKey(reason: UnsafeMarkdown): string {
  return `help.errors.markdown.${reason}`;
}

/**
 * For action handlers: refuses unsafe text with a localized error next to the form field, before
 * anything is written (the transaction then stores nothing).
 */
export function assertSafeMarkdown(source: string | null | undefined, field: string): void {
  const reason = source ? findUnsafeMarkdown(source) : null;
  if (reason) throw new ActionError(unsafeMarkdownMessageKey(reason), {}, field);
}
