// Pure helpers for help-center search: Chinese and English text, matched with ILIKE on a trigram index.

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 50;
// Whitespace and the punctuation people put between words in Chinese and English queries.
const SEPARATORS = /[\s,，、;；。.!！?？:："'“”‘’()（）[\]【】《》<>|/\\]+/u;

/**
 * A query → the terms that must all appear (in title or body). Chinese is not split further: "批次追溯"
 * matches as one phrase, "批次 追溯" as two terms. Case-insensitive duplicates are dropped.
 */
export function splitSearchTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of query.split(SEPARATORS)) {
    const term = raw.trim().slice(0, MAX_TERM_LENGTH);
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** A LIKE pattern matching the term anywhere, with the term's own % _ \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Markdown → readable one-line text for list excerpts (not for security: the list renders it as text). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    // Table separator rows ("|---:|---|"); each further cell starts with a pipe, so matching stays linear.
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, " ")
    .replace(/[*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A short excerpt of the body around the first search hit (or its start), split into parts so the
 * matched terms can be highlighted.
 */
export function excerpt(markdown: string, terms: string[], length = 160): ExcerptPart[] {
  const text = plainText(markdown);
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const firstHit = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, firstHit - Math.floor(length / 4));
  let slice = text.slice(start, start + length);
  if (start > 0) slice = `…${slice}`;
  if (start + length < text.length) slice = `${slice}…`;
  return highlightParts(slice, terms);
}

/** The text split at every occurrence of a term (case-insensitive), hits marked for highlighting. */
export function highlightParts(text: string, terms: string[]): ExcerptPart[] {
  if (terms.length === 0) return [{ text, hit: false }];
  // Longest first, so "批次追溯" wins over "批次" where both were typed.
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  return text
    .split(new RegExp(`(${escaped.join("|")})`, "gi"))
    .filter((p) => p !== "")
    .map((p) => ({ text: p, hit: wanted.has(p.toLowerCase()) }));
}
